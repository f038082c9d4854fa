package nl.wijkwijzer.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared fields of one content type. The loader reads through it (so unknown and missing
 * fields are found the same way everywhere) and the content reference is generated from it, so the
 * documentation cannot drift from what the loader accepts.
 */
public record Schema(String name, String location, String description, List<Field> fields, Map<String, Field> index) {

    /** @param fields in declaration order; {@link #index} finds them by name (the loader asks for every field of every record) */
    public Schema(String name, String location, String description, List<Field> fields) {
        this(name, location, description, fields, indexOf(fields));
    }

    private static Map<String, Field> indexOf(List<Field> fields) {
        Map<String, Field> index = new java.util.HashMap<>();
        for (Field f : fields) {
            index.putIfAbsent(f.name(), f);
        }
        return java.util.Collections.unmodifiableMap(index);
    }

    public enum Type {
        TEKST("tekst"), MARKDOWN("Markdown-tekst"), GETAL("geheel getal"), BEDRAG("bedrag in euro's"),
        DATUM("datum (JJJJ-MM-DD)"), JA_NEE("true of false"), KEUZE("één van de toegestane waarden"),
        LIJST("lijst met teksten"), VERWIJZINGEN("lijst met ids"), VERWIJZING("id"),
        BLOK("blok met velden"), LIJST_BLOKKEN("lijst met blokken"), ID_NAMEN("blok 'id: naam'");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param refersTo for VERWIJZING(EN): the kind of record referred to ("vuistregel", "casus", ...)
     * @param fallback value used when the field is absent (empty when none)
     */
    public record Field(String name, Type type, boolean required, List<String> allowed, String refersTo,
            String fallback, String example, String description, Schema nested) {
    }

    public static Schema of(String name, String location, String description, Field... fields) {
        return new Schema(name, location, description, List.of(fields));
    }

    public Optional<Field> field(String fieldName) {
        return Optional.ofNullable(index.get(fieldName));
    }

    public Map<String, Field> byName() {
        Map<String, Field> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f));
        return map;
    }

    // Small builders so schema declarations read like a table.

    public static Field req(String name, Type type, String example, String description) {
        return new Field(name, type, true, List.of(), "", "", example, description, null);
    }

    public static Field opt(String name, Type type, String example, String description) {
        return new Field(name, type, false, List.of(), "", "", example, description, null);
    }

    public static Field choice(String name, boolean required, String fallback, List<String> allowed, String description) {
        return new Field(name, Type.KEUZE, required, List.copyOf(allowed), "", fallback, allowed.get(0), description, null);
    }

    public static Field refs(String name, boolean required, String refersTo, String example, String description) {
        return new Field(name, Type.VERWIJZINGEN, required, List.of(), refersTo, "", example, description, null);
    }

    public static Field ref(String name, boolean required, String refersTo, String example, String description) {
        return new Field(name, Type.VERWIJZING, required, List.of(), refersTo, "", example, description, null);
    }

    public static Field block(String name, boolean required, String description, Schema nested) {
        return new Field(name, Type.BLOK, required, List.of(), "", "", "", description, nested);
    }

    public static Field blocks(String name, boolean required, String description, Schema nested) {
        return new Field(name, Type.LIJST_BLOKKEN, required, List.of(), "", "", "", description, nested);
    }

    public static Schema nested(String name, Field... fields) {
        return new Schema(name, "", "", Arrays.asList(fields));
    }
}
