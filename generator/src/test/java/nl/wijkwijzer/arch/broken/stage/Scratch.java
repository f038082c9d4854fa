package nl.wijkwijzer.arch.broken.stage;

/** Breaks the rule against global mutable state: a static counter and a per-thread scratch buffer. */
public final class Scratch {
    static int calls;
    static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);

    static String use(String s) {
        calls++;
        StringBuilder b = BUFFER.get();
        b.setLength(0);
        return b.append(s).toString();
    }
}
