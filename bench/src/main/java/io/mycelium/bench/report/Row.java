package io.mycelium.bench.report;

import java.util.function.DoublePredicate;

/**
 * One figure of the report: Mycelium's value beside Pekko's and the raw baseline's, and the
 * target it is held to (if any).
 *
 * @param figure what is measured
 * @param unit the unit of the three values
 * @param mycelium Mycelium's value
 * @param pekko Pekko's value (NaN: none)
 * @param baseline the raw baseline's value (NaN: none)
 * @param baselineName what the baseline is
 * @param higherIsBetter whether a larger value is better (throughput) or worse (latency, bytes)
 * @param target the target in words, or {@code ""}
 * @param check whether the target is met, given this row; null when there is no target
 */
record Row(String figure, String unit, double mycelium, double pekko, double baseline,
        String baselineName, boolean higherIsBetter, String target, DoublePredicate check) {

    /** How many times better Mycelium is than Pekko (above 1: better). */
    double advantageOverPekko() {
        return higherIsBetter ? mycelium / pekko : pekko / mycelium;
    }

    /** How many times better Mycelium is than the raw baseline (usually below 1). */
    double advantageOverBaseline() {
        return higherIsBetter ? mycelium / baseline : baseline / mycelium;
    }

    /** "yes", "no", or "" without a target or a value. */
    String verdict() {
        if (check == null) {
            return "";
        }
        if (Double.isNaN(mycelium)) {
            return "not run";
        }
        return check.test(mycelium) ? "yes" : "**no**";
    }
}
