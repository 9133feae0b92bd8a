package io.mycelium.samples.trading;

import java.util.Arrays;

/** Keeps up to a fixed number of latency samples and summarises them as percentiles. Not thread-safe. */
public final class LatencyRecorder {
    private final long[] samples;
    private int size;

    /** A recorder keeping the first {@code capacity} samples. */
    public LatencyRecorder(int capacity) {
        samples = new long[capacity];
    }

    /** Records one sample in nanoseconds; ignored once the recorder is full. */
    public void record(long nanos) {
        if (size < samples.length) {
            samples[size++] = Math.max(0, nanos);
        }
    }

    /** The percentiles of the samples so far (all zero without samples). */
    public Latency summary() {
        if (size == 0) {
            return new Latency(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        return new Latency(size, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99),
                at(sorted, 0.999), sorted[size - 1]);
    }

    private static long at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
