package nl.wijkwijzer.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Remembers a pure text-to-text function. Markdown rendering and plain-text extraction cost far
 * more than a lookup, and the same text passes through them once per audience and again on every
 * preview rebuild. Bounded by characters held: when full it starts over, so memory stays flat on
 * very large corpora (the result never depends on the memo).
 */
public final class TextMemo {
    private final Map<String, String> memo = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final long maxChars;
    private final UnaryOperator<String> function;

    public TextMemo(long maxChars, UnaryOperator<String> function) {
        this.maxChars = maxChars;
        this.function = function;
    }

    public String apply(String input) {
        String cached = memo.get(input);
        if (cached != null) {
            return cached;
        }
        String out = function.apply(input);
        if (chars.addAndGet(input.length() + out.length()) > maxChars) {
            memo.clear();
            chars.set(0);
        }
        memo.put(input, out);
        return out;
    }
}
