package io.mycelium.samples.trading;

import io.mycelium.ActorSystem;
import io.mycelium.Asks;
import io.mycelium.MyceliumException;
import io.mycelium.OverflowPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One trading session: spawns the strategies in one {@link ActorSystem}, with the book and market
 * data beside them or looked up in an exchange process ({@link Exchange}), drives a seeded random
 * order flow into the book from a plain thread, lets the strategies react, waits until everything
 * is quiet, measures ask round trips, and reports.
 *
 * <pre>
 *   order flow (plain thread) --placeOrder/cancel--> book (pinned thread) --onQuote/onTrade--> market-data
 *        strategies <--onQuote/onTrade-- market-data;  strategies --placeOrder/cancel/depth/match--> book
 * </pre>
 */
public final class TradingScenario {

    /** Where prices start, in ticks (100.00). */
    static final long START_PRICE = 10_000;

    /**
     * What to run.
     *
     * @param seed seeds the order flow; the same seed sends the same flow
     * @param flowEvents how many orders and cancels the flow sends
     * @param syncEvery the flow waits until every actor has caught up after this many events,
     *     which bounds the messages in flight (mailboxes are bounded)
     * @param latencyProbes how many ask round trips to measure after the session
     * @param strategyOrderBudget most orders each strategy may send
     */
    public record Config(long seed, int flowEvents, int syncEvery, int latencyProbes,
            long strategyOrderBudget) {

        /** The session {@link TradingSample} runs by default. */
        public static Config standard() {
            return new Config(42, 100_000, 250, 20_000, 20_000);
        }
    }

    /** A strategy's actor name (also the account it trades under) and its reference. */
    private record Spawned(String name, Strategy ref) {
    }

    private final Config config;
    private final String exchangeNode;
    private long flowOrders;
    private long flowCancels;

    private TradingScenario(Config config, String exchangeNode) {
        this.config = config;
        this.exchangeNode = exchangeNode;
    }

    /** Runs one session with the book and market data in this JVM, and reports what happened. */
    public static TradingReport run(Config config) {
        return new TradingScenario(config, null).run();
    }

    /**
     * Runs one session against the exchange process listening at {@code exchangeNode}
     * ({@code tcp://host:port} or {@code unix:/path/node.sock}, see {@link ExchangeServer}): the
     * strategies and the order flow run here, the book and market data there. Tells the exchange
     * the session is over when done, even when the session failed. The exchange serves one
     * session: its counters are part of this session's checks.
     */
    public static TradingReport runAgainst(Config config, String exchangeNode) {
        return new TradingScenario(config, Objects.requireNonNull(exchangeNode, "exchangeNode")).run();
    }

    private TradingReport run() {
        ActorSystem.Builder builder = ActorSystem.builder("trading")
                .mailboxCapacity(16_384)
                .askTimeout(Duration.ofSeconds(5))
                // Only matters with a remote exchange: like the local book's mailbox, a full
                // connection makes the plain-thread order flow wait, and refuses actors at once.
                .outboundBuffer(4 << 20, OverflowPolicy.block(Duration.ofSeconds(1)));
        ActorSystem system = builder.build();
        ExchangeControl control = null;
        long exchangeDeadLetters = 0;
        Snapshot last;
        long elapsed;
        Depth top;
        Depth full;
        Latency askRoundTrip;
        try {
            Exchange exchange;
            if (exchangeNode == null) {
                exchange = Exchange.spawn(system, false);
            } else {
                control = system.lookup(ExchangeControl.class, exchangeNode + "/" + Exchange.CONTROL);
                exchange = Exchange.lookup(system, exchangeNode);
            }
            OrderBook book = exchange.book();
            MarketData marketData = exchange.marketData();

            long budget = config.strategyOrderBudget();
            List<Spawned> strategies = List.of(
                    spawn(system, "mm-tight", () -> new MarketMaker("mm-tight", 2, book,
                            new MarketMaker.Params(2, 5, 100, 2, budget, START_PRICE))),
                    spawn(system, "mm-wide", () -> new MarketMaker("mm-wide", 3, book,
                            new MarketMaker.Params(6, 20, 400, 3, budget, START_PRICE))),
                    spawn(system, "momentum", () -> new MomentumTaker("momentum", 4, book,
                            new MomentumTaker.Params(+1, 0.3, 0.03, 2.0, 5, 100, 5, 1, budget))),
                    spawn(system, "contrarian", () -> new MomentumTaker("contrarian", 5, book,
                            new MomentumTaker.Params(-1, 0.3, 0.03, 2.5, 5, 100, 5, 1, budget))));
            for (Spawned strategy : strategies) {
                marketData.subscribe(strategy.ref());
            }
            sync(book, marketData, strategies);

            long start = System.nanoTime();
            flow(book, marketData, strategies);
            for (Spawned strategy : strategies) {
                strategy.ref().halt();
            }
            last = quiesce(book, marketData, strategies);
            elapsed = System.nanoTime() - start;

            top = join(book.depth(10));
            full = join(book.depth(Integer.MAX_VALUE));
            askRoundTrip = probe(Asks.withTimeout(book, Duration.ofSeconds(1)));
            if (control != null) {
                exchangeDeadLetters = join(control.deadLetters());
            }
        } finally {
            if (control != null) {
                endSession(control);
            }
            system.close();
        }
        // Read after close: a message sent to an actor while it stopped would count too.
        return new TradingReport(config, elapsed, flowOrders, flowCancels, last.book(),
                last.marketData(), last.strategies(), top, full, askRoundTrip,
                system.deadLetters() + exchangeDeadLetters);
    }

    /** Lets the exchange process exit; if it cannot be reached it stops at its own time limit. */
    private static void endSession(ExchangeControl control) {
        try {
            control.sessionOver();
        } catch (MyceliumException e) {
            // The connection is down: the exchange cannot be told, and its --for limit applies.
        }
    }

    private static Spawned spawn(ActorSystem system, String name, Supplier<Strategy> factory) {
        return new Spawned(name, system.spawn(Strategy.class, name, factory));
    }

    /**
     * The order flow of the other market participants, from a seeded {@link Random}: a reference
     * price that wanders in trends, passive orders around it, cancels of some of them, and
     * marketable orders that lean with the trend.
     */
    private void flow(OrderBook book, MarketData marketData, List<Spawned> strategies) {
        Random random = new Random(config.seed());
        long reference = START_PRICE;
        int trend = 0;
        long sequence = 0;
        List<Long> open = new ArrayList<>();
        for (int event = 1; event <= config.flowEvents(); event++) {
            if (random.nextInt(20) == 0) {
                if (random.nextInt(25) == 0) {
                    trend = random.nextInt(3) - 1;
                }
                reference += trend != 0 && random.nextInt(3) > 0 ? trend : random.nextInt(3) - 1;
                reference = Math.max(START_PRICE / 2, Math.min(START_PRICE * 2, reference));
            }
            int kind = random.nextInt(100);
            long quantity = 1 + random.nextInt(10);
            if (kind < 50) {
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                long away = 1 + (long) Math.abs(random.nextGaussian() * 6);
                long price = side == Side.BUY ? reference - away : reference + away;
                Order order = new Order(Order.id(1, ++sequence), "flow", side, price, quantity,
                        System.nanoTime());
                book.placeOrder(order);
                flowOrders++;
                open.add(order.id());
            } else if (kind < 80) {
                if (!open.isEmpty()) {
                    int index = random.nextInt(open.size());
                    long id = open.get(index);
                    open.set(index, open.get(open.size() - 1));
                    open.remove(open.size() - 1);
                    book.cancel("flow", id);
                    flowCancels++;
                }
            } else {
                quantity = 1 + random.nextInt(5);
                int buyPercent = 50 + 15 * trend;
                Side side = random.nextInt(100) < buyPercent ? Side.BUY : Side.SELL;
                long price = side == Side.BUY ? reference + 2 : reference - 2;
                book.placeOrder(new Order(Order.id(1, ++sequence), "flow", side, price, quantity,
                        System.nanoTime()));
                flowOrders++;
            }
            if (event % config.syncEvery() == 0) {
                sync(book, marketData, strategies);
            }
        }
    }

    /** What every actor reports at one moment. */
    private record Snapshot(BookStats book, MarketDataStats marketData,
            List<StrategyReport> strategies) {

        /** Whether no actor made progress since {@code earlier}, and no ask is still pending. */
        boolean quietSince(Snapshot earlier) {
            if (earlier == null) {
                return false;
            }
            for (StrategyReport report : strategies) {
                if (report.asks() != report.replies()) {
                    return false;
                }
            }
            return progress().equals(earlier.progress());
        }

        private List<Long> progress() {
            List<Long> counters = new ArrayList<>(List.of(book.accepted(), book.rejected(),
                    book.cancelled(), book.cancelRejects(), book.trades(), marketData.quotes(),
                    marketData.trades(), marketData.deliveries()));
            for (StrategyReport report : strategies) {
                counters.addAll(List.of(report.ordersSent(), report.cancelsSent(), report.asks(),
                        report.replies(), report.tradesSeen()));
            }
            return counters;
        }
    }

    /**
     * Asks every actor in causal order (book, market data, strategies). An actor answers only after
     * it has handled what was enqueued before the ask, so this returns once the flow sent so far
     * has worked its way through; it bounds how far any mailbox can fill.
     */
    private static Snapshot sync(OrderBook book, MarketData marketData, List<Spawned> strategies) {
        BookStats bookStats = join(book.stats());
        MarketDataStats marketDataStats = join(marketData.stats());
        List<StrategyReport> reports = new ArrayList<>(strategies.size());
        for (Spawned strategy : strategies) {
            reports.add(join(strategy.ref().report()));
        }
        return new Snapshot(bookStats, marketDataStats, reports);
    }

    /** Syncs until two rounds in a row see no progress: nothing is in flight any more. */
    private static Snapshot quiesce(OrderBook book, MarketData marketData,
            List<Spawned> strategies) {
        Snapshot previous = null;
        for (int round = 0; round < 10_000; round++) {
            Snapshot current = sync(book, marketData, strategies);
            if (current.quietSince(previous)) {
                return current;
            }
            previous = current;
        }
        throw new IllegalStateException("the trading actors did not become quiet");
    }

    /** Times sequential asks from this plain thread to the pinned book and back. */
    private Latency probe(OrderBook book) {
        int warmup = Math.max(100, config.latencyProbes() / 4);
        for (int i = 0; i < warmup; i++) {
            join(book.depth(1));
        }
        LatencyRecorder recorder = new LatencyRecorder(config.latencyProbes());
        for (int i = 0; i < config.latencyProbes(); i++) {
            long start = System.nanoTime();
            join(book.depth(1));
            recorder.record(System.nanoTime() - start);
        }
        return recorder.summary();
    }

    private static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
