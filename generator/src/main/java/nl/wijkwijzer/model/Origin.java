package nl.wijkwijzer.model;

import java.util.Map;

import nl.wijkwijzer.diagnostics.Source;

/**
 * Where a record came from: its file and the position of each field, by dotted path (e.g.
 * {@code blokkades[2].weeffout}). The loader chooses how {@code fields} is held (a compact map whose
 * field names are shared between records); any {@link Map} with the same entries is equal.
 */
public record Origin(String path, Map<String, Source> fields) {

    /** The position of a field, or of the file when the field has none. */
    public Source at(String field) {
        Source s = fields.get(field);
        return s != null ? s : Source.file(path);
    }

    public Source file() {
        return Source.file(path);
    }

    /** Names the file only (a record's origin can hold thousands of positions). */
    @Override
    public String toString() {
        return "Origin[" + path + "]";
    }
}
