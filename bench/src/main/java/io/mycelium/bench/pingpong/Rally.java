package io.mycelium.bench.pingpong;

import io.mycelium.bench.support.LatencyHistogram;

/** Two parties that hit a ball back and forth; the serving side times every round trip. */
interface Rally extends AutoCloseable {

    /** Plays {@code rounds} round trips, recording each, and returns when the last one is back. */
    void play(int rounds, LatencyHistogram into) throws InterruptedException;

    @Override
    void close() throws Exception;
}
