package nl.wijkwijzer;

/**
 * Stage timer for finding where build time goes: {@code -Dwijkwijzer.timing=true} prints each lap to
 * standard error. Off by default, so normal runs print nothing.
 */
public final class Timing {
    static final boolean ON = Boolean.getBoolean("wijkwijzer.timing");
    private long last = System.nanoTime();

    public static Timing start() {
        return new Timing();
    }

    public void lap(String stage) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf("tijd %-28s %7d ms%n", stage, (now - last) / 1_000_000);
        }
        last = now;
    }
}
