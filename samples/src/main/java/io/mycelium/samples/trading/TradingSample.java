package io.mycelium.samples.trading;

import java.util.List;

/**
 * Runs one trading session and prints what happened. From the repository root:
 *
 * <pre>mvn -q -Psample package -pl samples -am</pre>
 *
 * <p>Optional arguments: {@code --events=N} (order-flow events, default 100,000) and
 * {@code --seed=S} (default 42). Exits with 1 if an invariant of the session was broken.
 */
public final class TradingSample {
    private TradingSample() {
    }

    /** Runs the sample. */
    public static void main(String[] args) {
        TradingScenario.Config standard = TradingScenario.Config.standard();
        int events = standard.flowEvents();
        long seed = standard.seed();
        for (String arg : args) {
            if (arg.startsWith("--events=")) {
                events = Integer.parseInt(arg.substring("--events=".length()));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else if (!arg.isBlank()) {
                System.err.println("unknown argument '" + arg + "'; use --events=N and --seed=S");
                System.exit(2);
            }
        }
        TradingScenario.Config config = new TradingScenario.Config(seed, events,
                standard.syncEvery(), standard.latencyProbes(), standard.strategyOrderBudget());

        System.out.printf("Mycelium trading sample on Java %s (%s), %d CPUs%n",
                Runtime.version(), System.getProperty("java.home"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("Actors: book (pinned thread, back-off idle), market-data, "
                + "mm-tight, mm-wide, momentum, contrarian");
        System.out.println();
        TradingReport report = TradingScenario.run(config);
        System.out.print(report.format());
        List<String> problems = report.violations();
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }
}
