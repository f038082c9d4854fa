package nl.wijkwijzer.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The memos of one build, or of one preview session: Markdown rendering, plain text, readability
 * scores, privacy findings per file, PDF layouts, the Dutch analysis and its memory of analysed
 * texts. They remember pure functions that cost far more than a lookup and see the same input once
 * per audience and again on every preview rebuild. The result never depends on a memo.
 *
 * <p>Made once per build (or preview session) from its {@link BuildProfile} and passed through the
 * build context; nothing is kept between builds in statics. Each memo is a Caffeine cache bounded by
 * a weight the profile sizes (characters or entries); two threads asking for the same key at once
 * compute it once. Eviction runs on the calling thread: the build's parallel streams use the common
 * fork-join pool, Caffeine's default executor, and on two cores a maintenance task there would wait
 * behind them.
 */
public final class BuildCache {
    /**
     * One kind of memo: a name for messages, and how its size and the weight of an entry are found.
     * Stages declare their kinds as constants; the memo itself belongs to a {@link BuildCache}.
     */
    public record Kind<K, V>(String name, ToLongFunction<BuildProfile> capacity, ToLongBiFunction<K, V> weigh) {
        /** At most the profile's {@code capacity} entries. */
        public static <K, V> Kind<K, V> entries(String name, ToLongFunction<BuildProfile> capacity) {
            return new Kind<>(name, capacity, (k, v) -> 1);
        }

        /** Strings to strings, at most the profile's {@code capacity} characters (key and value) held. */
        public static Kind<String, String> chars(String name, ToLongFunction<BuildProfile> capacity) {
            return new Kind<>(name, capacity, (k, v) -> k.length() + v.length());
        }
    }

    /** A function remembered for this build. */
    public interface Memo<K, V> {
        V get(K key, Function<? super K, ? extends V> compute);
    }

    private static final BuildCache UNCACHED = new BuildCache(BuildProfile.DEFAULT, false);

    private final BuildProfile profile;
    private final boolean remember;
    private final Map<Kind<?, ?>, Memo<?, ?>> memos = new ConcurrentHashMap<>();

    private BuildCache(BuildProfile profile, boolean remember) {
        this.profile = profile;
        this.remember = remember;
    }

    /** A new, empty cache for one build or preview session. */
    public static BuildCache of(BuildProfile profile) {
        return new BuildCache(profile, true);
    }

    /** Remembers nothing: every call computes (a one-off lookup, a test of a stage on its own). */
    public static BuildCache uncached() {
        return UNCACHED;
    }

    public BuildProfile profile() {
        return profile;
    }

    /** This build's memo of {@code kind}, made on first use. */
    @SuppressWarnings("unchecked")
    public <K, V> Memo<K, V> memo(Kind<K, V> kind) {
        if (!remember) {
            return (key, compute) -> compute.apply(key);
        }
        return (Memo<K, V>) memos.computeIfAbsent(kind, k -> create(kind));
    }

    /**
     * A memo of {@code kind} owned by the caller rather than shared by kind (e.g. one per analysis
     * object, which itself lives in this cache).
     */
    public <K, V> Memo<K, V> create(Kind<K, V> kind) {
        if (!remember) {
            return (key, compute) -> compute.apply(key);
        }
        long capacity = kind.capacity().applyAsLong(profile);
        ToLongBiFunction<K, V> weigh = kind.weigh();
        Cache<K, V> cache = Caffeine.newBuilder()
                .maximumWeight(capacity)
                .weigher((K k, V v) -> (int) Math.min(Integer.MAX_VALUE, weigh.applyAsLong(k, v)))
                .executor(Runnable::run)
                .build();
        return (key, compute) -> cache.get(key, compute);
    }
}
