package nl.wijkwijzer.util;

/**
 * Stage timer for finding where build time goes ({@code -Dwijkwijzer.timing=true}, read once by the command line into the build
 * profile's {@code timing}): prints each lap to standard error with the process's CPU time so far (on
 * two cores the audiences' laps overlap, so the CPU a stage costs shows best in a one-audience build).
 * Off by default, so normal runs print nothing. Get one from {@link BuildProfile#timer()}.
 */
public final class Timing {
    private final boolean on;
    private long last = System.nanoTime();

    Timing(boolean on) {
        this.on = on;
    }

    /** CPU time of the whole process so far (all threads, JIT and GC included), or -1 where unknown. */
    static long processCpuMillis() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    public void lap(String stage) {
        long now = System.nanoTime();
        if (on) {
            System.err.printf("tijd %-28s %7d ms   (processortijd tot nu: %,d ms)%n", stage, (now - last) / 1_000_000,
                    processCpuMillis());
        }
        last = now;
    }
}
