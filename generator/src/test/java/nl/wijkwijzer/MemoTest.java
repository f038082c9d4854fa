package nl.wijkwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class MemoTest {
    private static int askAll(Memo<String, String> memo, AtomicInteger computed, int keys) {
        Function<String, String> upper = k -> {
            computed.incrementAndGet();
            return k.toUpperCase();
        };
        for (int i = 0; i < keys; i++) {
            String key = String.format("tekst-%04d", i);
            assertEquals(key.toUpperCase(), memo.get(key, upper));
        }
        int before = computed.get();
        for (int i = 0; i < keys; i++) {
            memo.get(String.format("tekst-%04d", i), upper);
        }
        return computed.get() - before;
    }

    @Test
    void holdsWhatFitsAndStartsOverWhenFull() {
        AtomicInteger computed = new AtomicInteger();
        // 50 entries of 20 characters (key and value) fit in 3,200.
        assertEquals(0, askAll(Memo.chars(3_200), computed, 50));
        assertEquals(50, computed.get());
        // 500 do not: the memo starts over, and asking again in the same order finds almost nothing.
        computed.set(0);
        int again = askAll(Memo.chars(3_200), computed, 500);
        assertEquals(true, again > 400, "recomputed " + again);
    }

    @Test
    void memosOfTextsKeepSmallForALargeCorpusOthersDoNot() {
        AtomicInteger computed = new AtomicInteger();
        try (Memo.Small small = Memo.keepSmall()) {
            // 3,200 / 32 = 100 characters: five entries, so 50 no longer fit.
            int again = askAll(Memo.chars(3_200), computed, 50);
            assertEquals(true, again > 40, "recomputed " + again);
            Memo<String, String> words = new Memo<>(3_200, (k, v) -> k.length() + v.length(), false);
            assertEquals(0, askAll(words, new AtomicInteger(), 50));
        }
        // Closed: full size again.
        assertEquals(0, askAll(Memo.chars(3_200), new AtomicInteger(), 50));
    }
}
