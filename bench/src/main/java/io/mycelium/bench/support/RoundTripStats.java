package io.mycelium.bench.support;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Percentiles of the round trips an actor timed itself during one measurement iteration, reported
 * by JMH beside the mean as secondary results (µs). The actor, not the benchmark thread, times
 * each round trip: the benchmark thread only starts a burst and sleeps until it ends, so it neither
 * adds a hop to what is measured nor takes a core away from the two sides that ping-pong.
 * Every public instance method here is a counter to JMH; {@link Recorders#of} hands out the
 * histogram.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class RoundTripStats {
    final LatencyHistogram histogram = new LatencyHistogram();

    @Setup(Level.Iteration)
    public void clear() {
        histogram.clear();
    }

    public double p50() {
        return histogram.percentile(50) / 1000.0;
    }

    public double p99() {
        return histogram.percentile(99) / 1000.0;
    }

    public double p999() {
        return histogram.percentile(99.9) / 1000.0;
    }
}
