package nl.wijkwijzer.author;

import java.util.List;

import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.content.Schema;

/**
 * The content reference as Markdown, generated from {@link ContentSchemas} (the same schemas the
 * loader reads through and the site's help/velden.html shows), so it cannot drift.
 */
public final class FieldReference {
    private FieldReference() {
    }

    public static String markdown() {
        return markdown(ContentSchemas.all());
    }

    static String markdown(List<Schema> schemas) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Velden van de content\n\n");
        sb.append("Gemaakt uit de schema's van de generator (`./wijkwijzer referentie`). ")
                .append("Een nieuw bestand met alle velden maak je met `./wijkwijzer nieuw casus <id>`.\n");
        for (Schema s : schemas) {
            sb.append("\n## ").append(s.name()).append("\n\n");
            sb.append("Bestand: `").append(s.location()).append("`. ").append(s.description()).append("\n\n");
            sb.append("| veld | soort | verplicht | toegestaan | zonder veld | voorbeeld | uitleg |\n");
            sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            rows(sb, s, "");
        }
        return sb.toString();
    }

    private static void rows(StringBuilder sb, Schema s, String prefix) {
        for (Schema.Field f : s.fields()) {
            String allowed = !f.allowed().isEmpty() ? String.join(", ", f.allowed())
                    : f.refersTo().isEmpty() ? "" : "id van een " + f.refersTo();
            sb.append("| `").append(prefix).append(f.name()).append("` | ").append(f.type().label()).append(" | ")
                    .append(f.required() ? "ja" : "nee").append(" | ").append(cell(allowed)).append(" | ")
                    .append(cell(f.fallback())).append(" | ").append(f.example().isEmpty() ? "" : "`" + f.example().replace("|", "\\|") + "`")
                    .append(" | ").append(cell(f.description())).append(" |\n");
            if (f.nested() != null) {
                rows(sb, f.nested(), prefix + f.name() + (f.type() == Schema.Type.LIJST_BLOKKEN ? "[]." : "."));
            }
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
