package io.mycelium.bench.support;

/** Access to the histogram behind {@link RoundTripStats}, which may have no such method itself. */
public final class Recorders {
    private Recorders() {
    }

    public static LatencyHistogram of(RoundTripStats stats) {
        return stats.histogram;
    }
}
