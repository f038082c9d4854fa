package nl.wijkwijzer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.wijkwijzer.diagnostics.Source;

/**
 * Where a record came from: its file and the position of each field (dotted path, e.g.
 * {@code blokkades[2].weeffout}).
 *
 * <p>Held compactly: a map of {@link Source} objects with a key string per field of every record
 * took about 330 MB of the live heap at 100,000 cases (class histograms before and after), while the
 * field names repeat from record to record. The sorted names are shared between records with the
 * same fields; lines and columns are plain ints.
 */
public final class Origin {
    private static final Map<List<String>, String[]> KEY_SETS = new ConcurrentHashMap<>();

    private final String path;
    private final String[] keys;
    private final int[] lines;
    private final int[] columns;

    public Origin(String path, Map<String, Source> fields) {
        this.path = path;
        String[] sorted = fields.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        this.keys = KEY_SETS.computeIfAbsent(List.of(sorted), k -> sorted);
        this.lines = new int[keys.length];
        this.columns = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Source s = fields.get(keys[i]);
            lines[i] = s.line();
            columns[i] = s.column();
        }
    }

    public String path() {
        return path;
    }

    /** The position of a field, or of the file when the field has none. */
    public Source at(String field) {
        int i = Arrays.binarySearch(keys, field);
        return i >= 0 ? new Source(path, lines[i], columns[i]) : Source.file(path);
    }

    public Source file() {
        return Source.file(path);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && path.equals(other.path) && Arrays.equals(keys, other.keys)
                && Arrays.equals(lines, other.lines) && Arrays.equals(columns, other.columns);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * path.hashCode() + Arrays.hashCode(lines)) + Arrays.hashCode(columns);
    }

    @Override
    public String toString() {
        return "Origin[" + path + "]";
    }
}
