package io.mycelium.samples.trading;

import java.time.Duration;
import java.util.Locale;

/**
 * {@link TradingSample}'s command line. Without {@code --serve}, {@code --connect} or
 * {@code --demo} the whole session runs in one JVM.
 *
 * @param events order-flow events
 * @param seed seeds the order flow
 * @param serve run the exchange, listening here ({@code tcp://host:port}, {@code unix:/path})
 * @param limit how long the exchange waits for a session at most; {@code null} for no limit
 * @param withParent the exchange also stops when the process that started it exits
 * @param connect run the strategies and order flow against the exchange at this address
 * @param demo {@code tcp} or {@code unix}: start an exchange in a child JVM and connect to it
 */
record SampleArguments(int events, long seed, String serve, Duration limit, boolean withParent,
        String connect, String demo) {

    static final String USAGE = """
            usage: TradingSample [--events=N] [--seed=S]                  one JVM (default)
                   TradingSample --serve=ADDRESS [--for=DURATION]         the exchange process
                   TradingSample --connect=ADDRESS [--events=N] [--seed=S] the strategies' process
                   TradingSample --demo=tcp|unix [--events=N] [--seed=S]  both, the exchange forked
            ADDRESS: tcp://127.0.0.1:7000 (port 0: any free port) or unix:/tmp/mycelium-trading/node.sock
            DURATION: 60s, 500ms, 2m""";

    /**
     * Parses {@code args}; a blank argument is ignored (Maven passes an empty one by default).
     *
     * @throws IllegalArgumentException with the reason, for a wrong or conflicting argument
     */
    static SampleArguments parse(String[] args, TradingScenario.Config defaults) {
        int events = defaults.flowEvents();
        long seed = defaults.seed();
        String serve = null;
        Duration limit = null;
        boolean withParent = false;
        String connect = null;
        String demo = null;
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--events" -> events = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--serve" -> serve = value;
                case "--for" -> limit = duration(value);
                case "--with-parent" -> withParent = true;
                case "--connect" -> connect = value;
                case "--demo" -> demo = value;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        int modes = (serve != null ? 1 : 0) + (connect != null ? 1 : 0) + (demo != null ? 1 : 0);
        if (modes > 1) {
            throw new IllegalArgumentException("--serve, --connect and --demo exclude each other");
        }
        if (demo != null && !demo.equals("tcp") && !demo.equals("unix")) {
            throw new IllegalArgumentException("--demo is tcp or unix, not '" + demo + "'");
        }
        if ((limit != null || withParent) && serve == null) {
            throw new IllegalArgumentException("--for and --with-parent go with --serve");
        }
        return new SampleArguments(events, seed, serve, limit, withParent, connect, demo);
    }

    private static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
            }
            if (t.endsWith("s")) {
                return positive(Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1))), text);
            }
            if (t.endsWith("m")) {
                return positive(Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1))), text);
            }
            return positive(Duration.ofSeconds(Long.parseLong(t)), text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use 60s, 500ms, 2m)");
        }
    }

    private static Duration positive(Duration duration, String text) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("--for must be positive, not '" + text + "'");
        }
        return duration;
    }
}
