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
 *
 * <p>A memo of whole texts (one entry per document or field) is {@linkplain #keepSmall kept small}
 * while a large corpus is built once: its audiences are built one after the other and each passes
 * every text once per stage, so a memo smaller than the corpus (it starts over when full) finds
 * little again and mostly holds memory (~300 MB of the live heap at 100,000 cases, class histograms).
 * Kept at 1/{@value #SMALL} of its capacity it still serves a text asked for again soon after.
 */
public final class Memo<K, V> {
    static final int SMALL = 32;
    private static final java.util.concurrent.atomic.AtomicInteger SMALLER = new java.util.concurrent.atomic.AtomicInteger();

    private final Map<K, V> memo = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long capacity;
    private final ToLongBiFunction<K, V> weigh;
    private final boolean ofTexts;

    /**
     * @param weigh   the weight of one entry (e.g. characters held); {@code capacity} bounds the sum
     * @param ofTexts whether it remembers per text, and so is {@linkplain #keepSmall kept small} for a large corpus
     */
    public Memo(long capacity, ToLongBiFunction<K, V> weigh, boolean ofTexts) {
        this.capacity = capacity;
        this.weigh = weigh;
        this.ofTexts = ofTexts;
    }

    /** At most {@code entries} entries. */
    public static <K, V> Memo<K, V> entries(long entries, boolean ofTexts) {
        return new Memo<>(entries, (k, v) -> 1, ofTexts);
    }

    /** Strings to strings, per text, at most {@code chars} characters held. */
    public static Memo<String, String> chars(long chars) {
        return new Memo<>(chars, (k, v) -> k.length() + v.length(), true);
    }

    /** Until closed, memos of texts hold at most 1/{@value #SMALL} of their capacity. May overlap. */
    public static Small keepSmall() {
        SMALLER.incrementAndGet();
        return new Small();
    }

    /** Ends a {@link #keepSmall()}; closing twice has no further effect. */
    public static final class Small implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

        private Small() {
        }

        @Override
        public void close() {
            if (open.getAndSet(false)) {
                SMALLER.decrementAndGet();
            }
        }
    }

    public V get(K key, Function<K, V> compute) {
        V cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        long limit = ofTexts && SMALLER.get() > 0 ? capacity / SMALL : capacity;
        if (weight.get() > limit) {
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
