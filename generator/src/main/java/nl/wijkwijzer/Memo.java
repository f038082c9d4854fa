package nl.wijkwijzer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;

/**
 * Remembers a pure function: Markdown rendering, plain text, readability scores, privacy findings
 * per file, PDF layouts. They cost far more than a lookup, and the same input passes through them
 * once per audience and again on every preview rebuild. Bounded by a weight (characters, entries):
 * when full it starts over, so memory stays flat on very large corpora; the result never depends on
 * the memo. Two threads asking for the same key at once compute it once.
 */
public final class Memo<K, V> {
    private final Map<K, V> memo = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long capacity;
    private final ToLongBiFunction<K, V> weigh;

    /** @param weigh the weight of one entry (e.g. characters held); {@code capacity} bounds the sum */
    public Memo(long capacity, ToLongBiFunction<K, V> weigh) {
        this.capacity = capacity;
        this.weigh = weigh;
    }

    /** At most {@code entries} entries. */
    public static <K, V> Memo<K, V> entries(long entries) {
        return new Memo<>(entries, (k, v) -> 1);
    }

    /** Strings to strings, at most {@code chars} characters held. */
    public static Memo<String, String> chars(long chars) {
        return new Memo<>(chars, (k, v) -> k.length() + v.length());
    }

    public V get(K key, Function<K, V> compute) {
        V cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        if (weight.get() > capacity) {
            memo.clear();
            weight.set(0);
        }
        return memo.computeIfAbsent(key, k -> {
            V value = compute.apply(k);
            weight.addAndGet(weigh.applyAsLong(k, value));
            return value;
        });
    }
}
