package io.mycelium.samples.trading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs one trading session and prints what happened. From the repository root:
 *
 * <pre>mvn -q -Psample package -pl samples -am</pre>
 *
 * <p>Optional arguments: {@code --events=N} (order-flow events, default 100,000) and
 * {@code --seed=S} (default 42). Exits with 1 if an invariant of the session was broken.
 *
 * <p>Across processes: {@code --serve=ADDRESS} runs the exchange (book and market data) and
 * waits for one session, {@code --connect=ADDRESS} runs the strategies and the order flow
 * against it, and {@code --demo=tcp} or {@code --demo=unix} does both, forking the exchange as a
 * child JVM. See {@link SampleArguments#USAGE} and samples/README.md.
 */
public final class TradingSample {
    private static final Duration DEMO_EXCHANGE_LIMIT = Duration.ofMinutes(2);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(15);

    private TradingSample() {
    }

    /** Runs the sample. */
    public static void main(String[] args) {
        // The runtime logs through System.Logger (java.util.logging here): across processes it
        // says when it listens and when connections close. One line per record, unless the user
        // configured logging themselves.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%n");
        }
        TradingScenario.Config standard = TradingScenario.Config.standard();
        SampleArguments arguments;
        try {
            arguments = SampleArguments.parse(args, standard);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SampleArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.serve() != null) {
            System.exit(ExchangeServer.serve(arguments.serve(), arguments.limit(),
                    arguments.withParent()));
        }
        TradingScenario.Config config = new TradingScenario.Config(arguments.seed(),
                arguments.events(), standard.syncEvery(), standard.latencyProbes(),
                standard.strategyOrderBudget());

        System.out.printf("Mycelium trading sample on Java %s (%s), %d CPUs%n",
                Runtime.version(), System.getProperty("java.home"),
                Runtime.getRuntime().availableProcessors());
        int exit;
        if (arguments.demo() != null) {
            exit = demo(config, arguments.demo());
        } else if (arguments.connect() != null) {
            exit = printed(connect(config, arguments.connect()));
        } else {
            System.out.println("Actors: book (pinned thread, back-off idle), market-data, "
                    + "mm-tight, mm-wide, momentum, contrarian");
            System.out.println();
            exit = printed(TradingScenario.run(config));
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static TradingReport connect(TradingScenario.Config config, String exchange) {
        System.out.println("Exchange: book (pinned thread), market-data in another process at "
                + exchange);
        System.out.println("Actors here: mm-tight, mm-wide, momentum, contrarian; the order flow"
                + " on a plain thread");
        System.out.println();
        return TradingScenario.runAgainst(config, exchange);
    }

    /** Prints the report; the exit code: 1 if a check failed. */
    private static int printed(TradingReport report) {
        System.out.print(report.format());
        List<String> problems = report.violations();
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * Forks an exchange, runs a session against it, and waits for it to exit: what a newcomer
     * would otherwise do in two terminals.
     */
    private static int demo(TradingScenario.Config config, String transport) {
        Path dir = null;
        try {
            String listen;
            if (transport.equals("unix")) {
                dir = Files.createTempDirectory("mycelium-trading-");
                listen = "unix:" + dir.resolve("node.sock");
            } else {
                listen = "tcp://127.0.0.1:0";
            }
            System.out.println("Demo: the exchange in a child JVM (TradingSample --serve=" + listen
                    + "), the strategies in this one (TradingSample --connect=ADDRESS)");
            try (ExchangeProcess exchange = ExchangeProcess.start(listen, DEMO_EXCHANGE_LIMIT,
                    line -> System.out.println("  exchange | " + line))) {
                String address = exchange.address(STARTUP_TIMEOUT);
                System.out.println();
                TradingReport report = connect(config, address);
                int exchangeExit = exchange.awaitExit(EXIT_TIMEOUT);
                System.out.println();
                int exit = printed(report);
                System.out.println("Exchange process " + exchange.pid() + (exchangeExit < 0
                        ? " did not stop within " + EXIT_TIMEOUT.toSeconds() + " s; killed it"
                        : " exited with " + exchangeExit));
                return exit != 0 || exchangeExit != 0 ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary directory; the OS cleans it up eventually.
        }
    }
}
