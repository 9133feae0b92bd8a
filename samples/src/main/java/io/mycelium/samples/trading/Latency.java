package io.mycelium.samples.trading;

/**
 * Percentiles of a set of latency samples, in nanoseconds.
 *
 * @param count how many samples
 * @param p50 median
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param max the largest sample
 */
public record Latency(long count, long p50, long p90, long p99, long p999, long max) {
}
