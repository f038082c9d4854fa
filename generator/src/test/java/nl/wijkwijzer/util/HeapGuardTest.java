package nl.wijkwijzer.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The guard asks for a full collection once the old generation grows past its threshold, then re-arms. */
class HeapGuardTest {
    private static final long MB = 1L << 20;

    @Test
    void collectsWhenTheOldGenerationOutgrowsTheLastLiveSetAndReArms() throws Exception {
        long before = oldPool().getUsage().getUsed();
        List<long[]> kept = new ArrayList<>();
        try (HeapGuard guard = HeapGuard.start(16 * MB, 32 * MB)) {
            assertEquals(Math.max(16 * MB, before + 32 * MB), guard.threshold());
            // Arrays of 1 MB that stay reachable: they reach the old generation (directly or by promotion).
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (guard.collections() == 0 && System.nanoTime() < deadline) {
                for (int i = 0; i < 16; i++) {
                    kept.add(new long[128 * 1024]);
                }
                if (kept.size() > 160) {
                    kept.subList(0, 80).clear();
                }
                Thread.sleep(5);
            }
            assertTrue(guard.collections() > 0, "no collection asked for");
            // Re-armed from what the collection left: above it, by the headroom (other collections may
            // have run since, so within a margin).
            long live = oldPool().getCollectionUsage().getUsed();
            assertTrue(guard.threshold() > live, "threshold " + guard.threshold() / MB + " MB, live " + live / MB + " MB");
            assertTrue(guard.threshold() <= live + 32 * MB + 64 * MB, "threshold " + guard.threshold() / MB
                    + " MB, live " + live / MB + " MB");
        }
        assertEquals(0, oldPool().getUsageThreshold(), "closed guard leaves no threshold");
        assertTrue(kept.size() > 0);
    }

    /** While guarding, the collector keeps at most 15% of the heap free; closing puts the JVM's value back. */
    @Test
    void boundsTheFreeHeapWhileOpenAndRestoresItOnClose() {
        var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        String before = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
        boolean settable = Integer.parseInt(hotspot.getVMOption("MinHeapFreeRatio").getValue()) <= HeapGuard.FREE_RATIO;
        try (HeapGuard guard = HeapGuard.start(16 * MB, 32 * MB)) {
            assertEquals(settable ? Integer.toString(HeapGuard.FREE_RATIO) : before,
                    hotspot.getVMOption("MaxHeapFreeRatio").getValue());
        }
        assertEquals(before, hotspot.getVMOption("MaxHeapFreeRatio").getValue());
    }

    private static MemoryPoolMXBean oldPool() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported())
                .max(java.util.Comparator.comparingLong(p -> p.getUsage().getMax())).orElseThrow();
    }
}
