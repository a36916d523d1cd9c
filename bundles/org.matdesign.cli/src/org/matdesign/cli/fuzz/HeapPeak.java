package org.matdesign.cli.fuzz;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The most heap in use at any moment while it watches. Heap use only grows between collections, so its peaks are
 * the use just before each collection (from the collectors' notifications) and the use at the end. The heap pools'
 * own peaks cannot be summed for this: they peak at different times.
 */
final class HeapPeak implements AutoCloseable {

    private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

    private final Set<String> heapPools = new HashSet<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private volatile long peak;

    HeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        peak = used();
    }

    /** Bytes; 0 when the JVM tells nothing about its collections. */
    long peakBytes() {
        return emitters.isEmpty() ? 0 : Math.max(peak, used());
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void collected(Notification n, Object handback) {
        if (!GC_NOTIFICATION.equals(n.getType()) || !(n.getUserData() instanceof CompositeData info)) {
            return;
        }
        if (!(info.get("gcInfo") instanceof CompositeData gcInfo)
                || !(gcInfo.get("memoryUsageBeforeGc") instanceof TabularData before)) {
            return;
        }
        long sum = 0;
        for (Object row : before.values()) {
            CompositeData entry = (CompositeData) row;
            if (heapPools.contains(entry.get("key")) && entry.get("value") instanceof CompositeData usage) {
                sum += (Long) usage.get("used");
            }
        }
        synchronized (this) {
            peak = Math.max(peak, sum);
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ex) {
                // already gone
            }
        }
    }
}
