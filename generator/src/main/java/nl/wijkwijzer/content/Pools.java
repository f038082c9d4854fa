package nl.wijkwijzer.content;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.wijkwijzer.diagnostics.Source;

/**
 * What one load shares between its records, so a large corpus does not hold the same small values
 * once per record: short field values (ids, wijken, statuses, partijen, cost items) and the field
 * names of record origins. Owned by one loader (a build or a preview session), never global.
 *
 * <p>Measured at 100,000 cases (class histograms): 3.25 million strings (32 per case) before sharing
 * short values, 1.39 million after; a map of {@link Source} objects with a key string per field took
 * ~330 MB of the live heap, the compact positions below a few tens of MB.
 */
final class Pools {
    /** Short values at most this long are shared. */
    static final int SHARED_LENGTH = 48;
    private static final int SHARED_MAX = 200_000;

    private final boolean shareValues;
    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<String>, String[]> keySets = new ConcurrentHashMap<>();

    /** @param shareValues share equal short values (see the class comment); field names are always shared */
    Pools(boolean shareValues) {
        this.shareValues = shareValues;
    }

    /** One string for equal short values. Bounded: when full the pool starts over. */
    String shared(String value) {
        if (!shareValues || value.length() > SHARED_LENGTH) {
            return value;
        }
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() >= SHARED_MAX) {
            values.clear();
        }
        known = values.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /** The positions of a record's fields, held compactly: shared sorted names, int lines and columns. */
    Map<String, Source> positions(String path, Map<String, Source> fields) {
        String[] sorted = fields.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        String[] keys = keySets.computeIfAbsent(List.of(sorted), k -> sorted);
        int[] lines = new int[keys.length];
        int[] columns = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Source s = fields.get(keys[i]);
            if (!s.path().equals(path)) {
                // Every position of a record lies in its own file; anything else keeps the plain map.
                return Map.copyOf(fields);
            }
            lines[i] = s.line();
            columns[i] = s.column();
        }
        return new Positions(path, keys, lines, columns);
    }

    /** An immutable map of field name to position in one file. Equal to any map with the same entries. */
    static final class Positions extends AbstractMap<String, Source> {
        private final String path;
        private final String[] keys;
        private final int[] lines;
        private final int[] columns;

        Positions(String path, String[] keys, int[] lines, int[] columns) {
            this.path = path;
            this.keys = keys;
            this.lines = lines;
            this.columns = columns;
        }

        @Override
        public Source get(Object key) {
            int i = key instanceof String k ? Arrays.binarySearch(keys, k) : -1;
            return i >= 0 ? new Source(path, lines[i], columns[i]) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String k && Arrays.binarySearch(keys, k) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        /** As {@link AbstractMap#equals}, without making the entries when both sides are compact. */
        @Override
        public boolean equals(Object o) {
            if (o instanceof Positions p) {
                return path.equals(p.path) && Arrays.equals(keys, p.keys) && Arrays.equals(lines, p.lines)
                        && Arrays.equals(columns, p.columns);
            }
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }

        @Override
        public Set<Entry<String, Source>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return keys.length;
                }

                @Override
                public Iterator<Entry<String, Source>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @Override
                        public Entry<String, Source> next() {
                            if (i >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int at = i++;
                            return Map.entry(keys[at], new Source(path, lines[at], columns[at]));
                        }
                    };
                }
            };
        }
    }
}
