package nl.wijkwijzer.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.cli.Main;
import nl.wijkwijzer.content.Schema;
import nl.wijkwijzer.diagnostics.Diagnostic;

class ScaffoldTest {
    @TempDir
    Path tmp;

    @Test
    void everyScaffoldLoadsAndChecksWithoutErrorsOrWarnings() throws Exception {
        Path content = tmp.resolve("content");
        TestContent.copyTree(nl.wijkwijzer.TestPaths.resource("mini/content"), content);
        Wijkwijzer.CheckResult before = Wijkwijzer.check(options(content));
        assertEquals(List.of(), before.diagnostics().sorted().stream().filter(Diagnostic::isError).toList());
        int casussen = before.kb().casussen().size();

        for (Scaffold.Kind kind : Scaffold.KINDS) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"nieuw", kind.name(), "nieuw-" + kind.name(), "--content", content.toString()},
                    new PrintWriter(out), new PrintWriter(err));
            assertEquals(0, code, err.toString());
            Path file = content.resolve(kind.dir()).resolve("nieuw-" + kind.name() + ".yaml");
            assertTrue(Files.isRegularFile(file));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String field : fieldNames(kind.schema(), "")) {
                assertTrue(text.contains(" " + field + ":") || text.contains("\n" + field + ":") || text.startsWith(field + ":"),
                        kind.name() + " scaffold lacks field " + field);
            }
        }
        Wijkwijzer.CheckResult after = Wijkwijzer.check(options(content));
        List<Diagnostic> atScaffolds = after.diagnostics().sorted().stream()
                .filter(d -> d.path().contains("nieuw-")).toList();
        assertEquals(List.of(), atScaffolds);
        assertEquals(casussen + 1, after.kb().casussen().size());
        assertTrue(after.kb().casusById().containsKey("nieuw-casus"));
        assertEquals(LocalDate.now(), after.kb().casusById().get("nieuw-casus").datum());
        assertTrue(after.kb().organisatieById().containsKey("nieuw-organisatie"));
        assertTrue(after.kb().weeffoutById().containsKey("nieuw-weeffout"));
        assertEquals(1, after.kb().leersessies().stream().filter(l -> l.id().equals("nieuw-leersessie")).count());
    }

    @Test
    void neverOverwritesAndRejectsBadIdsAndTypes() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("casuistiek"));
        Path existing = content.resolve("casuistiek/bestaat.yaml");
        Files.writeString(existing, "titel: mijn werk\n");
        StringWriter err = new StringWriter();
        assertEquals(1, Main.run(new String[] {"nieuw", "casus", "bestaat", "--content", content.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        assertEquals("titel: mijn werk\n", Files.readString(existing));
        assertTrue(err.toString().contains("bestaat al en blijft ongewijzigd"), err.toString());

        err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"nieuw", "casus", "Mijn Casus", "--content", content.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("geen geldig id"), err.toString());

        err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"nieuw", "vuistregel", "x", "--content", content.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("onbekende soort 'vuistregel'"), err.toString());
        assertEquals(List.of("bestaat.yaml"), Files.list(content.resolve("casuistiek")).map(p -> p.getFileName().toString()).toList());
    }

    private static Wijkwijzer.Options options(Path content) {
        return new Wijkwijzer.Options(content, null, null, List.of(), null);
    }

    private static List<String> fieldNames(Schema s, String prefix) {
        List<String> out = new ArrayList<>();
        for (Schema.Field f : s.fields()) {
            out.add(f.name());
            if (f.nested() != null) {
                out.addAll(fieldNames(f.nested(), prefix));
            }
        }
        return out;
    }
}
