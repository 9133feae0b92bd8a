package io.mycelium.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JMH JSON of a {@code bench/run} into {@code bench/RESULTS.md} and
 * {@code bench/results.svg}: every figure for Mycelium, Pekko and the raw baseline, the ratios
 * and the targets. Sections of the existing RESULTS.md that this run did not produce (the codec
 * figures) are kept as they are.
 *
 * <p>Arguments: {@code --json F --results F --svg F [--load-start S] [--load-end S]
 * [--load-range S] [--command S]}.
 */
public final class ResultsReport {
    private static final String TITLE = "## Local actors: Mycelium beside Apache Pekko and the raw limits";
    private static final String REMOTE_TITLE = "## Across processes: remote asks and tells beside Pekko"
            + " Artery and raw sockets";

    private ResultsReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path json = Path.of(required(options, "--json"));
        Path resultsFile = Path.of(required(options, "--results"));
        Path svgFile = Path.of(required(options, "--svg"));
        Results results = new Results(Json.parse(Files.readString(json, StandardCharsets.UTF_8)));
        if (results.any() == null) {
            throw new IllegalArgumentException(json + " holds no benchmark results");
        }
        List<Row> rows = rows(results);
        List<Row> remote = remoteRows(results);
        String environment = environment(results, options);
        String previous = Files.exists(resultsFile) ? Files.readString(resultsFile, StandardCharsets.UTF_8) : "";
        Files.writeString(resultsFile, markdown(rows, remote, notes(results), environment, options, previous),
                StandardCharsets.UTF_8);
        List<Row> charted = new ArrayList<>(rows);
        // A row with neither Pekko nor a baseline has no bar to draw.
        charted.addAll(remote.stream().filter(r -> !Double.isNaN(r.pekko()) || !Double.isNaN(r.baseline()))
                .toList());
        Files.writeString(svgFile, Chart.svg(charted, environment), StandardCharsets.UTF_8);
        System.out.println("wrote " + resultsFile + " and " + svgFile);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    static List<Row> rows(Results r) {
        List<Row> rows = new ArrayList<>();
        for (String method : new String[] {"oneSender", "twoSenders"}) {
            String what = method.equals("oneSender") ? "1 sender" : "2 senders";
            rows.add(new Row("tell throughput, " + what + " → 1 actor", "M msg/s",
                    r.score("TellBench." + method, "mycelium") / 1e6,
                    r.score("TellBench." + method, "pekko") / 1e6,
                    r.score("TellBench." + method, "mpsc") / 1e6, "MPSC queue + spinning thread",
                    true, "≥ 3x Pekko", v -> v >= 3 * r.score("TellBench." + method, "pekko") / 1e6));
        }
        rows.add(new Row("allocation per tell (1 sender)", "B/msg",
                r.secondary("TellBench.oneSender", "mycelium", "gc.alloc.rate.norm"),
                r.secondary("TellBench.oneSender", "pekko", "gc.alloc.rate.norm"),
                r.secondary("TellBench.oneSender", "mpsc", "gc.alloc.rate.norm"), "MPSC queue",
                false, "≤ 16 B (the message record)", v -> v <= 16.5));
        for (String[] p : new String[][] {{"p50", "p50"}, {"p99", "p99"}, {"p999", "p99.9"}}) {
            double pekko = r.secondary("PingPongBench.roundTrip", "pekko", p[0]);
            double spsc = r.secondary("PingPongBench.roundTrip", "spsc", p[0]);
            rows.add(new Row("ping-pong " + p[1] + ", shared pool", "µs",
                    r.secondary("PingPongBench.roundTrip", "mycelium", p[0]), pekko, spsc,
                    "SPSC threads, busy-spin", false,
                    p[0].equals("p99") ? "≤ 0.5x Pekko" : "",
                    p[0].equals("p99") ? v -> v <= 0.5 * pekko : null));
            rows.add(new Row("ping-pong " + p[1] + ", pinned busy-spin", "µs",
                    r.secondary("PingPongBench.roundTrip", "mycelium-pinned", p[0]), pekko, spsc,
                    "SPSC threads, busy-spin", false,
                    p[0].equals("p999") ? "" : "≤ 1.5x baseline",
                    p[0].equals("p999") ? null : v -> v <= 1.5 * spsc));
        }
        double cf50 = r.sampled("AskBench.plainThread", "completable-future", "50.0");
        rows.add(new Row("ask from a plain thread, p50", "µs",
                r.sampled("AskBench.plainThread", "mycelium", "50.0"),
                r.sampled("AskBench.plainThread", "pekko", "50.0"), cf50,
                "CompletableFuture hand-off", false, "≤ baseline", v -> v <= cf50));
        rows.add(new Row("ask from a plain thread, p99", "µs",
                r.sampled("AskBench.plainThread", "mycelium", "99.0"),
                r.sampled("AskBench.plainThread", "pekko", "99.0"),
                r.sampled("AskBench.plainThread", "completable-future", "99.0"),
                "CompletableFuture hand-off", false, "", null));
        rows.add(new Row("ask from a plain thread, p99.9", "µs",
                r.sampled("AskBench.plainThread", "mycelium", "99.9"),
                r.sampled("AskBench.plainThread", "pekko", "99.9"),
                r.sampled("AskBench.plainThread", "completable-future", "99.9"),
                "CompletableFuture hand-off", false, "≤ 100 µs", v -> v <= 100));
        for (String[] p : new String[][] {{"p50", "p50"}, {"p99", "p99"}, {"p999", "p99.9"}}) {
            rows.add(new Row("actor → actor ask " + p[1], "µs",
                    r.secondary("ActorAskBench.roundTrip", "mycelium", p[0]),
                    r.secondary("ActorAskBench.roundTrip", "pekko", p[0]),
                    r.secondary("PingPongBench.roundTrip", "spsc", p[0]),
                    "SPSC ping-pong", false, "", null));
        }
        rows.add(new Row("spawn rate (" + actors(r) + " actors, until all started)", "k actors/s",
                spawnRate(r, "mycelium"), spawnRate(r, "pekko"), Double.NaN, "", true,
                "≥ 1000 k/s", v -> v >= 1000));
        rows.add(new Row("heap per idle actor", "B",
                r.secondary("SpawnBench.footprint", "mycelium", "bytesPerActor"),
                r.secondary("SpawnBench.footprint", "pekko", "bytesPerActor"), Double.NaN, "", false,
                "≤ 200 B", v -> v <= 200));
        rows.add(new Row("chain of 100 actors", "k msg/s",
                r.score("PipelineBench.chain", "mycelium") / 1e3,
                r.score("PipelineBench.chain", "pekko") / 1e3,
                r.score("PipelineBench.chain", "executor") / 1e3,
                "CompletableFuture stages, fixed pool", true, "", null));
        rows.add(new Row("scatter-gather to 16 workers", "k rounds/s",
                r.score("PipelineBench.scatterGather", "mycelium") / 1e3,
                r.score("PipelineBench.scatterGather", "pekko") / 1e3,
                r.score("PipelineBench.scatterGather", "executor") / 1e3,
                "supplyAsync + allOf, fixed pool", true, "", null));
        return rows;
    }

    /**
     * Two JVMs on this machine ({@code RemoteBench}): the default I/O idle strategy, each transport
     * beside a raw blocking-socket ping-pong of frames of the same size; Pekko over Artery TCP.
     */
    static List<Row> remoteRows(Results r) {
        List<Row> rows = new ArrayList<>();
        for (String[] t : new String[][] {{"unix", "Unix socket"}, {"tcp", "TCP"}}) {
            for (String[] p : new String[][] {{"50.0", "p50"}, {"99.0", "p99"}, {"99.9", "p99.9"}}) {
                double raw = r.sampledWhere("RemoteBench.rawRoundTrip", p[0], "transport", t[0]);
                double pekko = t[0].equals("tcp")
                        ? r.sampledWhere("RemoteBench.pekkoAskRoundTrip", p[0]) : Double.NaN;
                boolean median = p[1].equals("p50");
                rows.add(new Row("remote ask " + p[1] + ", " + t[1] + (t[0].equals("tcp") ? " (Pekko: Artery)" : ""),
                        "µs", r.sampledWhere("RemoteBench.askRoundTrip", p[0], "transport", t[0], "io", "parking"),
                        pekko, raw, "blocking socket ping-pong", false,
                        median ? "≤ 1.3x baseline" : "", median ? v -> v <= 1.3 * raw : null));
            }
        }
        for (String[] t : new String[][] {{"unix", "Unix socket"}, {"tcp", "TCP"}}) {
            rows.add(new Row("remote tells, " + t[1] + " (batches of 1,000)", "k msg/s",
                    r.scoreWhere("RemoteBench.tellThroughput", "transport", t[0], "io", "parking") / 1e3,
                    Double.NaN, Double.NaN, "", true, "", null));
        }
        return rows;
    }

    private static String actors(Results r) {
        String n = r.param("SpawnBench.spawn", "mycelium", "actors");
        return n == null ? "?" : String.format(Locale.ROOT, "%,d", Long.parseLong(n));
    }

    private static double spawnRate(Results r, String impl) {
        String n = r.param("SpawnBench.spawn", impl, "actors");
        double millis = r.score("SpawnBench.spawn", impl);
        return n == null ? Double.NaN : Long.parseLong(n) / millis;
    }

    @SuppressWarnings("unchecked")
    private static String environment(Results r, Map<String, String> options) {
        Map<String, Object> any = r.any();
        return String.format(Locale.ROOT, "%s, JDK %s, JMH %s, %d CPUs, 1-min load average %s at"
                        + " the start, %s at the end, %s sampled every 10 s",
                LocalDate.now(), any.get("jdkVersion"), any.get("jmhVersion"),
                Runtime.getRuntime().availableProcessors(),
                options.getOrDefault("--load-start", "?"), options.getOrDefault("--load-end", "?"),
                options.getOrDefault("--load-range", "?"));
    }

    /** Figures of the same run that explain the table rather than belong in it. */
    static List<String> notes(Results r) {
        List<String> notes = new ArrayList<>();
        double mpsc50 = r.secondary("PingPongBench.roundTrip", "mpsc", "p50");
        double mpsc99 = r.secondary("PingPongBench.roundTrip", "mpsc", "p99");
        double pinned50 = r.secondary("PingPongBench.roundTrip", "mycelium-pinned", "p50");
        double pinned99 = r.secondary("PingPongBench.roundTrip", "mycelium-pinned", "p99");
        if (!Double.isNaN(mpsc50)) {
            notes.add(String.format(Locale.ROOT, "Raw ping-pong over JCTools **MPSC** queues (the kind a"
                    + " mailbox that any thread may send to must be), same run: p50 %s µs, p99 %s µs;"
                    + " pinned Mycelium is %s (p50) and %s (p99) of it.", format(mpsc50), format(mpsc99),
                    ratio(pinned50 / mpsc50), ratio(pinned99 / mpsc99)));
        }
        double mean = r.score("PingPongBench.roundTrip", "mycelium-pinned");
        double spscMean = r.score("PingPongBench.roundTrip", "spsc");
        if (!Double.isNaN(mean)) {
            notes.add(String.format(Locale.ROOT, "Mean ping-pong round trip: shared %s ns, pinned %s ns,"
                    + " Pekko %s ns, SPSC %s ns, MPSC %s ns.",
                    format(r.score("PingPongBench.roundTrip", "mycelium")), format(mean),
                    format(r.score("PingPongBench.roundTrip", "pekko")), format(spscMean),
                    format(r.score("PingPongBench.roundTrip", "mpsc"))));
        }
        double allocAsk = r.secondary("AskBench.plainThread", "mycelium", "gc.alloc.rate.norm");
        if (!Double.isNaN(allocAsk)) {
            notes.add(String.format(Locale.ROOT, "Allocation per ask from a plain thread: Mycelium %s B,"
                    + " Pekko %s B, CompletableFuture hand-off %s B.", format(allocAsk),
                    format(r.secondary("AskBench.plainThread", "pekko", "gc.alloc.rate.norm")),
                    format(r.secondary("AskBench.plainThread", "completable-future", "gc.alloc.rate.norm"))));
        }
        return notes;
    }

    private static String markdown(List<Row> rows, List<Row> remote, List<String> notes,
            String environment, Map<String, String> options, String previous) {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmark results\n\n");
        s.append("Figures from real runs, with the command that produced them. They come from a small shared\n"
                + "virtual machine: treat them as orders of magnitude and for side-by-side comparison within one\n"
                + "run, not as absolute numbers.\n\n");
        s.append(TITLE).append("\n\n");
        s.append("Written by `").append(options.getOrDefault("--command", "bench/run"))
                .append("` from the JMH JSON of that run; the chart is `results.svg`.\n\n");
        s.append("- ").append(environment).append(" (the machine is shared with other builds).\n");
        s.append("- Medians over the measurement iterations; percentiles of round trips timed by the actor\n"
                + "  itself (median of the per-iteration percentiles); ask-from-a-thread percentiles are JMH\n"
                + "  SampleTime over all samples. Pekko runs at its defaults (fork-join dispatcher, throughput 5,\n"
                + "  unbounded mailboxes); Mycelium at its defaults except where a row says pinned.\n");
        s.append("- Ratios: `÷` columns divide Mycelium's value by the other's (for latency and bytes, below 1 is\n"
                + "  better; for throughput, above 1).\n\n");
        s.append("![chart](results.svg)\n\n");
        table(s, rows);
        s.append('\n');
        for (String note : notes) {
            s.append("- ").append(note).append('\n');
        }
        s.append(notes.isEmpty() ? "" : "\n");
        if (remote.stream().anyMatch(row -> !Double.isNaN(row.mycelium()))) {
            s.append(REMOTE_TITLE).append("\n\n");
            s.append("`RemoteBench`, same run: the benchmark's JVM asks an actor in a second JVM it starts, from a\n"
                    + "plain thread, with the default I/O idle strategy (`parking`) on both nodes. The baseline is a\n"
                    + "blocking socket ping-pong of frames as large as the ask frame between the same two JVMs (the raw\n"
                    + "limit); Pekko asks a classic actor over Artery TCP on loopback with `byte[]` messages of the\n"
                    + "same size. Percentiles are JMH SampleTime over all samples.\n\n");
            table(s, remote);
            s.append('\n');
        }
        s.append(keptSections(previous));
        return s.toString();
    }

    private static void table(StringBuilder s, List<Row> rows) {
        s.append("| figure | unit | Mycelium | Pekko | baseline | Mycelium ÷ Pekko | Mycelium ÷ baseline | target | met |\n");
        s.append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            s.append("| ").append(row.figure()).append(" | ").append(row.unit())
                    .append(" | ").append(format(row.mycelium()))
                    .append(" | ").append(format(row.pekko()))
                    .append(" | ").append(format(row.baseline()))
                    .append(row.baselineName().isEmpty() ? "" : " (" + row.baselineName() + ")")
                    .append(" | ").append(ratio(row.mycelium() / row.pekko()))
                    .append(" | ").append(ratio(row.mycelium() / row.baseline()))
                    .append(" | ").append(row.target())
                    .append(" | ").append(row.verdict()).append(" |\n");
        }
    }

    /** Every "## " section of the previous file except the one this report writes. */
    static String keptSections(String previous) {
        StringBuilder kept = new StringBuilder();
        String[] parts = previous.split("(?m)^(?=## )");
        for (String part : parts) {
            if (part.startsWith("## ") && !part.startsWith(TITLE) && !part.startsWith(REMOTE_TITLE)) {
                kept.append(part.stripTrailing()).append("\n\n");
            }
        }
        return kept.toString().stripTrailing() + (kept.isEmpty() ? "" : "\n");
    }

    private static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        double a = Math.abs(value);
        String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–"
                : String.format(Locale.ROOT, value >= 10 ? "%.0fx" : "%.2fx", value);
    }
}
