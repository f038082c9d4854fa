package nl.wijkwijzer.author;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.content.Schema;
import nl.wijkwijzer.content.Schema.Field;
import nl.wijkwijzer.content.Schema.Type;

/**
 * Writes a new content file with every field of its schema, commented in Dutch. Generated from
 * {@link ContentSchemas}, so it cannot drift from what the loader accepts. Required fields get a
 * valid placeholder (an existing id for references, today for dates); optional fields are written
 * as comments the redacteur can switch on.
 */
public final class Scaffold {
    public static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * What a new file starts with: it is a draft ({@code concept: true}), shown by {@code serve} and
     * left out of every build until the redacteur takes the line away.
     */
    public static final String CONCEPT_LINES = "# Dit bestand is een concept: je ziet het met 'wijkwijzer serve', maar het komt\n"
            + "# niet in de site. Haal de regel 'concept: true' weg als het klaar is.\n"
            + ContentSchemas.CONCEPT + ": true\n\n";

    /** The content types {@code nieuw} knows: type name, folder, schema. */
    public record Kind(String name, String dir, Schema schema) {
    }

    public static final List<Kind> KINDS = List.of(
            new Kind("casus", "casuistiek", ContentSchemas.CASUS),
            new Kind("weeffout", "weeffouten", ContentSchemas.WEEFFOUT),
            new Kind("organisatie", "wijknetwerk", ContentSchemas.ORGANISATIE),
            new Kind("leersessie", "leersessies", ContentSchemas.LEERSESSIE));

    private final Path content;
    private final LocalDate today;

    public Scaffold(Path content, LocalDate today) {
        this.content = content;
        this.today = today;
    }

    public static Optional<Kind> kind(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The file a scaffold of this kind and id goes to. */
    public Path target(Kind kind, String id) {
        return content.resolve(kind.dir()).resolve(id + ".yaml");
    }

    /** Writes the scaffold; never overwrites (the create fails if the file exists). */
    public Path write(Kind kind, String id) throws IOException {
        Path file = target(kind, id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(kind, id), java.nio.file.StandardOpenOption.CREATE_NEW);
        return file;
    }

    /** The scaffold text. */
    public String text(Kind kind, String id) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(kind.schema().description()).append('\n');
        sb.append("# Bestand: ").append(kind.schema().location().replace("<id>", id)).append('\n');
        sb.append("# Velden met een waarde zijn verplicht: vervang de voorbeeldtekst.\n");
        sb.append("# Regels die met '# ' beginnen zijn uitleg of optionele velden: haal '# ' weg om een veld te gebruiken.\n");
        sb.append("# Alle velden staan ook in de site onder Help > Velden van de content.\n\n");
        sb.append(CONCEPT_LINES);
        fields(sb, kind.schema(), "", false);
        return sb.toString();
    }

    private void fields(StringBuilder sb, Schema schema, String indent, boolean commented) {
        fields(sb, schema, indent, commented, null);
    }

    /** @param firstLead replaces the indent of the first field's line (the "- " of a list item) */
    private void fields(StringBuilder sb, Schema schema, String indent, boolean commented, String firstLead) {
        String lead = firstLead;
        for (Field f : schema.fields()) {
            if (indent.isEmpty() && f.name().equals(ContentSchemas.CONCEPT)) {
                continue; // written on top (CONCEPT_LINES)
            }
            boolean off = commented || !f.required();
            String base = lead == null ? indent : lead;
            lead = null;
            String pre = off ? hash(base) : base;
            String cont = off ? indent + "# " : indent;
            sb.append(indent).append("# ").append(explain(f)).append('\n');
            switch (f.type()) {
                case BLOK -> {
                    sb.append(pre).append(f.name()).append(":\n");
                    fields(sb, f.nested(), indent + "  ", off);
                }
                case LIJST_BLOKKEN -> {
                    sb.append(pre).append(f.name()).append(":\n");
                    fields(sb, f.nested(), indent + "    ", off, indent + "  - ");
                }
                case MARKDOWN -> {
                    sb.append(pre).append(f.name()).append(": |\n");
                    sb.append(cont).append("  ").append(placeholder(f)).append('\n');
                }
                case ID_NAMEN -> {
                    sb.append(pre).append(f.name()).append(":\n");
                    sb.append(cont).append("  ").append(f.example()).append('\n');
                }
                default -> sb.append(pre).append(f.name()).append(": ").append(value(f)).append('\n');
            }
        }
    }

    /** Comments out a line lead, keeping a list dash inside the comment: "  - " becomes "  # - ". */
    private static String hash(String lead) {
        if (lead.endsWith("- ")) {
            return lead.substring(0, lead.length() - 2) + "# - ";
        }
        return lead + "# ";
    }

    private static String explain(Field f) {
        StringBuilder sb = new StringBuilder(f.description().isEmpty() ? f.name() : capitalise(f.description()));
        sb.append(" (").append(f.type().label()).append(f.required() ? ", verplicht" : ", optioneel");
        if (!f.allowed().isEmpty()) {
            sb.append("; kies uit: ").append(String.join(", ", f.allowed()));
        }
        if (!f.refersTo().isEmpty()) {
            sb.append("; id van een ").append(f.refersTo());
        }
        if (!f.fallback().isEmpty()) {
            sb.append("; zonder dit veld: ").append(f.fallback());
        }
        return sb.append(')').toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String placeholder(Field f) {
        return ContentSchemas.PLACEHOLDER + " " + f.description() + ".";
    }

    private String value(Field f) {
        return switch (f.type()) {
            case DATUM -> today.toString();
            case KEUZE -> f.fallback().isEmpty() || !f.allowed().contains(f.fallback()) ? f.allowed().get(0) : f.fallback();
            case VERWIJZING -> existingId(f.refersTo()).orElse(f.example());
            case VERWIJZINGEN -> "[" + existingId(f.refersTo()).orElse(f.example().replaceAll("[\\[\\]]", "").split(",")[0].strip()) + "]";
            case LIJST -> f.example().startsWith("[") && !f.example().contains("...") ? f.example()
                    : "[\"" + placeholder(f) + "\"]";
            // Always the placeholder, never the schema's example (a real title of the default content):
            // check then refuses the file until the redacteur wrote their own text (or keeps it a draft).
            case TEKST -> "\"" + placeholder(f) + "\"";
            default -> f.example();
        };
    }

    /** An id that exists in the content folder, so the new file's references resolve at once. */
    private Optional<String> existingId(String kind) {
        if (kind.equals("wijk")) {
            return firstWijk();
        }
        String dir = switch (kind) {
            case "vuistregel" -> "vuistregels";
            case "organisatie" -> "wijknetwerk";
            case "weeffout" -> "weeffouten";
            case "casus" -> "casuistiek";
            default -> null;
        };
        if (dir == null || !Files.isDirectory(content.resolve(dir))) {
            return Optional.empty();
        }
        if (dir.equals("vuistregels") && Files.isRegularFile(content.resolve("vuistregels/wonen.md"))) {
            return Optional.of("wonen");
        }
        try (Stream<Path> s = Files.list(content.resolve(dir))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".md"))
                    .map(n -> n.substring(0, n.lastIndexOf('.'))).filter(n -> VALID_ID.matcher(n).matches()).sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<String> firstWijk() {
        Path site = content.resolve("site.yaml");
        if (!Files.isRegularFile(site) || nl.wijkwijzer.content.Links.refused(content, site).isPresent()) {
            return Optional.empty();
        }
        try {
            boolean in = false;
            for (String line : Files.readAllLines(site)) {
                if (line.startsWith("wijken:")) {
                    in = true;
                } else if (in && line.startsWith("  ") && line.contains(":") && !line.strip().startsWith("#")) {
                    return Optional.of(line.strip().substring(0, line.strip().indexOf(':')));
                } else if (in && !line.isBlank() && !line.startsWith(" ")) {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
