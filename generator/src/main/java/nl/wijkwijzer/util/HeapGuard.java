package nl.wijkwijzer.util;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Keeps the old generation near the live set while a large corpus is built, by asking for a full
 * collection when it has grown well past what the last one left.
 *
 * <p>Why: at 100,000 cases the live set stays around 300-450 MB, but ParallelGC (the launcher's
 * collector) promotes the search stage's short-lived structures through a young generation it has
 * shrunk to ~40 MB, then expands the old generation for them instead of collecting it: the heap grew
 * to 1.3-1.6 GB, and one full collection brought it back to ~300 MB (GC logs). The JVM's usage
 * threshold on the old generation is checked after each collection; crossing it starts one full
 * collection on a thread of its own, after which the threshold is set again from what is left.
 * Time: a full collection of ~300 MB takes ~0.5 s on two cores.
 *
 * <p>GC settings alone were tried first and did not hold 100,000 cases under 1 GiB: without the
 * guard, the launcher's ParallelGC reached 1,415 MiB peak RSS, and with a fixed 256 MB young
 * generation ({@code -XX:NewSize=256m -XX:MaxNewSize=256m}, so short-lived structures die young)
 * 1,361 MiB, both still growing when stopped (docs/performance.md). Started by the build for a large
 * corpus only ({@link BuildProfile#largeCorpus()}).
 *
 * <p>The guard only decides when to collect; how large the heap stays after a collection is the
 * collector's: {@code -XX:+UseAdaptiveSizePolicyWithSystemGC} (bin/jvm.options) lets ParallelGC
 * resize after the collections asked for here (by default it never does after {@code System.gc()},
 * so the old generation only grew), and while the guard runs {@code MaxHeapFreeRatio} is
 * {@value #FREE_RATIO} instead of the launcher's 40.
 */
public final class HeapGuard implements AutoCloseable {
    /** The old generation may hold this much garbage beyond what the last full collection left. */
    static final long HEADROOM = 128L << 20;
    /** Never collect below this (small heaps collect cheaply on their own). */
    static final long FLOOR = 320L << 20;

    private final long floor;
    private final long headroom;
    private final MemoryPoolMXBean old;
    private final NotificationEmitter emitter;
    private final NotificationListener listener = this::handle;
    private final AtomicBoolean collecting = new AtomicBoolean();
    private final AtomicInteger collections = new AtomicInteger();
    private volatile boolean open = true;
    /** The JVM's MaxHeapFreeRatio before {@link #start}, put back on {@link #close}; null if unchanged. */
    private String freeRatioBefore;

    private HeapGuard(MemoryPoolMXBean old, NotificationEmitter emitter, long floor, long headroom) {
        this.floor = floor;
        this.headroom = headroom;
        this.old = old;
        this.emitter = emitter;
    }

    /** Starts guarding; without a pool that supports a usage threshold the guard does nothing. */
    public static HeapGuard start() {
        return start(FLOOR, HEADROOM);
    }

    static HeapGuard start(long floor, long headroom) {
        Optional<MemoryPoolMXBean> pool = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()
                        && p.isCollectionUsageThresholdSupported())
                .max(java.util.Comparator.comparingLong(p -> p.getUsage().getMax()));
        if (pool.isEmpty() || !(ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter)) {
            return new HeapGuard(null, null, floor, headroom);
        }
        HeapGuard guard = new HeapGuard(pool.get(), emitter, floor, headroom);
        guard.freeRatioBefore = setVmOption(MAX_HEAP_FREE_RATIO, Integer.toString(FREE_RATIO));
        emitter.addNotificationListener(guard.listener, null, null);
        guard.arm(pool.get().getUsage().getUsed());
        return guard;
    }

    /**
     * The collector's own bound on the heap it keeps free after a collection, as a percentage of the
     * heap: the launcher's 40 (bin/jvm.options) lets ParallelGC keep the old generation at up to 1.67x
     * the live set (live + free = live / (1 - 0.40)); while a large corpus is built it is
     * {@value #FREE_RATIO}: at most 1.18x. A GC log of a 100,000-case build ({@code gen_corpus.py})
     * showed the difference: 554-610 MB live after the guard's collections in a 930-971 MB heap.
     * The flag is manageable (changed at run time, no restart) and is put back when the guard closes.
     */
    static final int FREE_RATIO = 15;
    static final String MAX_HEAP_FREE_RATIO = "MaxHeapFreeRatio";

    /** Sets a manageable JVM option; returns its previous value, or null when it cannot be set here. */
    static String setVmOption(String name, String value) {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            String before = hotspot.getVMOption(name).getValue();
            // The JVM refuses a MaxHeapFreeRatio below MinHeapFreeRatio; that stays the collector's choice then.
            hotspot.setVMOption(name, value);
            return before;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The old generation's usage at which the next collection is asked for; 0 when not guarding. */
    long threshold() {
        return old == null ? 0 : old.getUsageThreshold();
    }

    /** How many collections this guard asked for. */
    public int collections() {
        return collections.get();
    }

    private void arm(long live) {
        if (old != null && open) {
            old.setUsageThreshold(Math.max(floor, live + headroom));
        }
    }

    private void handle(Notification n, Object handback) {
        if (!open || !MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(n.getType())
                || !collecting.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().daemon().name("wijkwijzer-heap").start(() -> {
            try {
                System.gc();
                var after = old.getCollectionUsage();
                arm(after != null ? after.getUsed() : old.getUsage().getUsed());
                collections.incrementAndGet();
            } finally {
                collecting.set(false);
            }
        });
    }

    @Override
    public void close() {
        if (old == null || !open) {
            return;
        }
        open = false;
        old.setUsageThreshold(0);
        if (freeRatioBefore != null) {
            setVmOption(MAX_HEAP_FREE_RATIO, freeRatioBefore);
        }
        try {
            emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // already gone
        }
    }
}
