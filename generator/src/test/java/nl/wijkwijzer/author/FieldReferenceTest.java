package nl.wijkwijzer.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.cli.Main;
import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.content.Schema;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;

/**
 * Cross-checks the schemas (the source of the reference) against the loader: an unknown field is
 * reported as onbekend-veld and every missing required field as ontbrekend-veld, for every schema.
 */
class FieldReferenceTest {
    @TempDir
    Path tmp;

    @Test
    void referenceCommandListsEveryFieldOfEverySchema() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"referentie"}, new PrintWriter(out, true), new PrintWriter(new StringWriter())));
        String md = out.toString();
        assertTrue(md.startsWith("# Velden van de content\n"));
        for (Schema s : ContentSchemas.all()) {
            assertTrue(md.contains("\n## " + s.name() + "\n\nBestand: `" + s.location() + "`."), s.name());
            for (String path : paths(s, "")) {
                assertTrue(md.contains("| `" + path + "` |"), s.name() + ": " + path);
            }
        }
        assertTrue(md.contains("| `status` | één van de toegestane waarden | ja | open, lopend, doorbraak, afgesloten | open | `open` | stand van zaken |"), md);
        assertTrue(md.contains("| `hulpvraag.wat-wil-ik` | tekst | ja |"));
        assertTrue(md.contains("| `kosten.standaard[].per` |"));
    }

    @Test
    void aCompleteFileHasNoFieldDiagnostics() throws Exception {
        for (Schema s : ContentSchemas.all()) {
            List<Diagnostic> d = load(s, yaml(s, "", null, null));
            assertEquals(List.of(), d.stream().filter(x -> x.code().endsWith("-veld")).toList(), s.name());
        }
    }

    @Test
    void unknownFieldIsReportedForEverySchema() throws Exception {
        for (Schema s : ContentSchemas.all()) {
            List<Diagnostic> d = load(s, yaml(s, "", null, null) + "extra-veld: waarde\n");
            List<Diagnostic> unknown = d.stream().filter(x -> x.code().equals("onbekend-veld")).toList();
            assertEquals(1, unknown.size(), s.name() + ": " + d);
            assertTrue(unknown.get(0).message().startsWith("onbekend veld 'extra-veld'"), unknown.get(0).message());
        }
    }

    @Test
    void everyMissingRequiredFieldIsReportedByName() throws Exception {
        int checked = 0;
        for (Schema s : ContentSchemas.all()) {
            for (String path : requiredPaths(s, "")) {
                List<Diagnostic> d = load(s, yaml(s, "", path, null));
                List<Diagnostic> missing = d.stream().filter(x -> x.code().equals("ontbrekend-veld")).toList();
                assertEquals(1, missing.size(), s.name() + " without " + path + ": " + d);
                assertEquals("verplicht veld '" + path.replace("[]", "[1]") + "' ontbreekt", missing.get(0).message(),
                        s.name());
                checked++;
            }
        }
        assertTrue(checked > 40, "checked " + checked);
    }

    // ------------------------------------------------------------------ helpers

    private List<Diagnostic> load(Schema s, String body) throws Exception {
        Path content = Files.createTempDirectory(tmp, "c").resolve("content");
        Files.createDirectories(content);
        String rel = relative(s);
        if (!rel.equals("site.yaml")) {
            Files.copy(nl.wijkwijzer.TestPaths.resource("mini/content/site.yaml"), content.resolve("site.yaml"));
        }
        Path file = content.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, rel.endsWith(".md") ? "---\n" + body + "---\nTekst.\n" : body);
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader.load(content, diagnostics);
        return diagnostics.sorted().stream().filter(d -> d.path().equals("content/" + rel)).toList();
    }

    private static String relative(Schema s) {
        String loc = s.location().replace("content/", "");
        return loc.replace("<vuistregel-id>", "wonen").replace("<id>", s.name().equals("vuistregel") ? "wonen" : "proef");
    }

    /** Paths of required fields, nested ones included when their block is required too. */
    private static List<String> requiredPaths(Schema s, String prefix) {
        List<String> out = new ArrayList<>();
        for (Schema.Field f : s.fields()) {
            if (!f.required()) {
                continue;
            }
            out.add(prefix + f.name());
            if (f.nested() != null) {
                out.addAll(requiredPaths(f.nested(), prefix + f.name() + (f.type() == Schema.Type.LIJST_BLOKKEN ? "[]." : ".")));
            }
        }
        return out;
    }

    private static List<String> paths(Schema s, String prefix) {
        List<String> out = new ArrayList<>();
        for (Schema.Field f : s.fields()) {
            out.add(prefix + f.name());
            if (f.nested() != null) {
                out.addAll(paths(f.nested(), prefix + f.name() + (f.type() == Schema.Type.LIJST_BLOKKEN ? "[]." : ".")));
            }
        }
        return out;
    }

    /** A file with every required field (valid values), leaving out the field at {@code skip}. */
    private static String yaml(Schema s, String indent, String skip, String prefix) {
        StringBuilder sb = new StringBuilder();
        String pre = prefix == null ? "" : prefix;
        boolean first = true;
        for (Schema.Field f : s.fields()) {
            if (!f.required() || (pre + f.name()).equals(skip)) {
                continue;
            }
            String lead = first && indent.endsWith("- ") ? indent : indent.replace("- ", "  ");
            first = false;
            String child = indent.replace("- ", "  ") + "  ";
            String path = pre + f.name();
            switch (f.type()) {
                case BLOK -> sb.append(lead).append(f.name()).append(":\n")
                        .append(yaml(f.nested(), child, skip, path + "."));
                case LIJST_BLOKKEN -> sb.append(lead).append(f.name()).append(":\n")
                        .append(yaml(f.nested(), child + "- ", skip, path + "[]."));
                case ID_NAMEN -> sb.append(lead).append(f.name()).append(":\n").append(child).append("proef: Proef\n");
                default -> sb.append(lead).append(f.name()).append(": ").append(value(f)).append('\n');
            }
        }
        if (first && indent.endsWith("- ")) {
            // Every field of the item was skipped: keep an empty item so the list stays a list of blocks.
            sb.append(indent).append("{}\n");
        }
        return sb.toString();
    }

    private static String value(Schema.Field f) {
        return switch (f.type()) {
            case DATUM -> "2025-01-01";
            case GETAL -> "1";
            case BEDRAG -> "100";
            case JA_NEE -> "true";
            case KEUZE -> f.allowed().get(0);
            case VERWIJZING -> "proef";
            case VERWIJZINGEN -> "[wonen]";
            case LIJST -> "[een vraag]";
            default -> "Een tekst";
        };
    }
}
