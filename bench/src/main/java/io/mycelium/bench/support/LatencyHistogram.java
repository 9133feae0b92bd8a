package io.mycelium.bench.support;

import java.util.Arrays;

/**
 * Round-trip times recorded by the one thread that measures them, read after that thread has
 * finished (a latch or join gives the happens-before). Log-linear buckets, 128 per power of two,
 * keep every percentile within 0.8% of the true value with no allocation while recording, so the
 * recorder does not disturb what it measures. HdrHistogram would do the same; this is the part of
 * it the benchmarks need, without a dependency.
 */
public final class LatencyHistogram {
    private static final int SUB_BITS = 7;
    private static final int SUB_COUNT = 1 << SUB_BITS;
    private static final int BUCKETS = (64 - SUB_BITS + 1) * SUB_COUNT;

    private final long[] counts = new long[BUCKETS];
    private long total;

    /** Records one duration in nanoseconds. */
    public void record(long nanos) {
        counts[index(Math.max(0, nanos))]++;
        total++;
    }

    /** Forgets everything recorded so far. */
    public void clear() {
        Arrays.fill(counts, 0);
        total = 0;
    }

    /** How many durations were recorded. */
    public long count() {
        return total;
    }

    /** The duration (ns) at or below which {@code percent} of the recordings lie; NaN if none. */
    public double percentile(double percent) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(total * percent / 100.0));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return midpoint(i);
            }
        }
        return midpoint(BUCKETS - 1);
    }

    static int index(long value) {
        if (value < SUB_COUNT) {
            return (int) value;
        }
        int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BITS;
        return ((shift + 1) << SUB_BITS) + (int) ((value >>> shift) - SUB_COUNT);
    }

    static double midpoint(int index) {
        if (index < SUB_COUNT) {
            return index;
        }
        int shift = (index >>> SUB_BITS) - 1;
        long low = (long) ((index & (SUB_COUNT - 1)) + SUB_COUNT) << shift;
        return low + ((1L << shift) - 1) / 2.0;
    }
}
