package io.mycelium.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The benchmark results of one JMH run, looked up by class, method and {@code impl} parameter.
 * Figures are medians over the measurement iterations (of the iteration scores, or of a secondary
 * result's per-iteration values); sampled latencies come from JMH's percentiles over all samples.
 */
final class Results {
    private final List<Map<String, Object>> runs;

    @SuppressWarnings("unchecked")
    Results(Object json) {
        runs = new ArrayList<>();
        for (Object each : (List<Object>) json) {
            runs.add((Map<String, Object>) each);
        }
    }

    /** Any run (for the JVM and JMH details); null if there were none. */
    Map<String, Object> any() {
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** Median iteration score of {@code Class.method} with {@code impl}; NaN when not run. */
    double score(String benchmark, String impl) {
        Map<String, Object> run = find(benchmark, impl);
        return run == null ? Double.NaN : medianOf(metric(run, null));
    }

    /** Median per-iteration value of a secondary result ({@code p99}, {@code gc.alloc.rate.norm}). */
    double secondary(String benchmark, String impl, String name) {
        Map<String, Object> run = find(benchmark, impl);
        return run == null ? Double.NaN : medianOf(metric(run, name));
    }

    /** A percentile (e.g. {@code "99.9"}) of a SampleTime benchmark over all its samples. */
    @SuppressWarnings("unchecked")
    double sampled(String benchmark, String impl, String percentile) {
        Map<String, Object> run = find(benchmark, impl);
        if (run == null) {
            return Double.NaN;
        }
        Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
        Map<String, Object> percentiles = (Map<String, Object>) primary.get("scorePercentiles");
        return number(percentiles.get(percentile));
    }

    /**
     * A percentile of a SampleTime benchmark whose parameters include every {@code name, value}
     * pair of {@code params} (a benchmark without parameters matches an empty list).
     */
    @SuppressWarnings("unchecked")
    double sampledWhere(String benchmark, String percentile, String... params) {
        Map<String, Object> run = find(benchmark, params);
        if (run == null) {
            return Double.NaN;
        }
        Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
        return number(((Map<String, Object>) primary.get("scorePercentiles")).get(percentile));
    }

    /** Median iteration score of the run whose parameters include {@code params}; NaN when not run. */
    double scoreWhere(String benchmark, String... params) {
        Map<String, Object> run = find(benchmark, params);
        return run == null ? Double.NaN : medianOf(metric(run, null));
    }

    /** A parameter of the run, e.g. {@code actors}; null when absent. */
    @SuppressWarnings("unchecked")
    String param(String benchmark, String impl, String name) {
        Map<String, Object> run = find(benchmark, impl);
        if (run == null || run.get("params") == null) {
            return null;
        }
        Object value = ((Map<String, Object>) run.get("params")).get(name);
        return value == null ? null : value.toString();
    }

    private Map<String, Object> find(String benchmark, String impl) {
        return find(benchmark, "impl", impl);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> find(String benchmark, String... wanted) {
        for (Map<String, Object> run : runs) {
            String name = (String) run.get("benchmark");
            Map<String, Object> params = (Map<String, Object>) run.get("params");
            if (!name.endsWith("." + benchmark)) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i + 1 < wanted.length && matches; i += 2) {
                matches = params != null && wanted[i + 1].equals(params.get(wanted[i]));
            }
            if (matches) {
                return run;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> metric(Map<String, Object> run, String secondary) {
        Map<String, Object> metric;
        if (secondary == null) {
            metric = (Map<String, Object>) run.get("primaryMetric");
        } else {
            Map<String, Object> all = (Map<String, Object>) run.get("secondaryMetrics");
            metric = all == null ? null : (Map<String, Object>) all.get(secondary);
        }
        if (metric == null || metric.get("rawData") == null) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        for (Object fork : (List<Object>) metric.get("rawData")) {
            values.addAll((List<Object>) fork);
        }
        return values;
    }

    private static double medianOf(List<Object> values) {
        double[] v = values.stream().mapToDouble(Results::number).filter(d -> !Double.isNaN(d)).toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
