package io.mycelium.bench.tell;

import java.util.concurrent.atomic.AtomicLongArray;

/** Per-sender counters written by the one receiving side; a cache line apart so senders reading them do not slow it. */
final class Counts {
    private static final int STRIDE = 16;
    private final AtomicLongArray counts;

    Counts(int senders) {
        counts = new AtomicLongArray(senders * STRIDE + STRIDE);
    }

    void increment(int sender) {
        int i = (sender + 1) * STRIDE;
        counts.lazySet(i, counts.get(i) + 1);
    }

    long get(int sender) {
        return counts.get((sender + 1) * STRIDE);
    }
}
