package io.mycelium.samples.trading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one session did, as the actors reported it once they were quiet.
 *
 * @param config what was run
 * @param elapsedNanos from the first flow event until every actor was quiet
 * @param flowOrders orders the simulated order flow sent
 * @param flowCancels cancels the simulated order flow sent
 * @param book the book's counters and accounts
 * @param marketData what market data published
 * @param strategies each strategy's own account of itself
 * @param top the best ten levels of the final book
 * @param fullDepth every level of the final book
 * @param askRoundTrip sequential ask round trips from a plain thread to the pinned book
 * @param deadLetters messages that reached no handler
 */
public record TradingReport(TradingScenario.Config config, long elapsedNanos, long flowOrders,
        long flowCancels, BookStats book, MarketDataStats marketData,
        List<StrategyReport> strategies, Depth top, Depth fullDepth, Latency askRoundTrip,
        long deadLetters) {

    /** Copies the list. */
    public TradingReport {
        strategies = List.copyOf(strategies);
    }

    /** Orders sent to the book by everyone. */
    public long ordersSent() {
        return flowOrders + strategies.stream().mapToLong(StrategyReport::ordersSent).sum();
    }

    /** Cancels sent to the book by everyone. */
    public long cancelsSent() {
        return flowCancels + strategies.stream().mapToLong(StrategyReport::cancelsSent).sum();
    }

    /** Messages the actors handled: tells, asks and ask replies run on the asker's turn. */
    public long messagesHandled() {
        return book.messages() + marketData.messages()
                + strategies.stream().mapToLong(StrategyReport::messages).sum();
    }

    /** Messages handled per second of the session. */
    public double messagesPerSecond() {
        return messagesHandled() * 1e9 / Math.max(1, elapsedNanos);
    }

    /** The book's account of {@code owner}, empty if it never traded. */
    public Account account(String owner) {
        return book.accounts().stream().filter(a -> a.owner().equals(owner)).findFirst()
                .orElse(new Account(owner, 0, 0, 0));
    }

    /** The invariants a correct session keeps; empty when all hold. */
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        long bought = book.accounts().stream().mapToLong(Account::bought).sum();
        long sold = book.accounts().stream().mapToLong(Account::sold).sum();
        long cash = book.accounts().stream().mapToLong(Account::cash).sum();
        check(problems, bought == book.volume() && sold == book.volume(),
                "lots bought " + bought + " and sold " + sold + " differ from volume " + book.volume());
        check(problems, cash == 0, "cash does not sum to zero: " + cash);
        check(problems, book.accepted() + book.rejected() == ordersSent(),
                "book saw " + (book.accepted() + book.rejected()) + " orders, " + ordersSent() + " sent");
        check(problems, book.accepted() == book.filled() + book.cancelled() + book.expired()
                + book.resting(), "accepted orders are not all filled, cancelled, expired or resting");
        check(problems, book.cancelled() + book.cancelRejects() == cancelsSent(),
                "book saw " + (book.cancelled() + book.cancelRejects()) + " cancels, "
                + cancelsSent() + " sent");
        long restingInLevels = 0;
        for (List<Level> side : List.of(fullDepth.bids(), fullDepth.asks())) {
            for (Level level : side) {
                restingInLevels += level.orders();
            }
        }
        check(problems, restingInLevels == book.resting(), "levels hold " + restingInLevels
                + " orders, book counts " + book.resting());
        check(problems, fullDepth.bestBid() == 0 || fullDepth.bestAsk() == 0
                || fullDepth.bestBid() < fullDepth.bestAsk(),
                "book is crossed: " + fullDepth.bestBid() + " >= " + fullDepth.bestAsk());
        check(problems, marketData.trades() == book.trades() && marketData.volume() == book.volume(),
                "market data published " + marketData.trades() + " trades, book made " + book.trades());
        for (StrategyReport s : strategies) {
            Account account = account(s.name());
            check(problems, s.bought() == account.bought() && s.sold() == account.sold()
                    && s.cash() == account.cash(),
                    s.name() + "'s own account differs from the book's");
            check(problems, s.tradesSeen() == book.trades(),
                    s.name() + " saw " + s.tradesSeen() + " of " + book.trades() + " trades");
            check(problems, s.turnViolations() == 0,
                    s.name() + " ran " + s.turnViolations() + " handlers concurrently");
        }
        check(problems, deadLetters == 0, deadLetters + " dead letters");
        return problems;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    /** The summary {@link TradingSample} prints. */
    public String format() {
        StringBuilder out = new StringBuilder();
        long mark = book.lastPrice();
        line(out, "Session: %,d flow events (seed %d) in %,.0f ms", config.flowEvents(),
                config.seed(), elapsedNanos / 1e6);
        line(out, "");
        line(out, "Orders   sent %,d (flow %,d, strategies %,d); accepted %,d, rejected %,d",
                ordersSent(), flowOrders, ordersSent() - flowOrders, book.accepted(), book.rejected());
        line(out, "         filled %,d, cancelled %,d, expired IOC %,d, resting %,d",
                book.filled(), book.cancelled(), book.expired(), book.resting());
        line(out, "Cancels  sent %,d; done %,d, too late %,d", cancelsSent(), book.cancelled(),
                book.cancelRejects());
        line(out, "Trades   %,d fills, %,d lots, last price %s", book.trades(), book.volume(),
                price(mark));
        line(out, "Market data: %,d quotes and %,d trades fanned out to %d strategies (%,d deliveries)",
                marketData.quotes(), marketData.trades(), marketData.subscribers(),
                marketData.deliveries());
        line(out, "");
        line(out, "Final book (best 5 levels)");
        line(out, "  %14s %9s | %-9s %-14s", "bid orders/lots", "price", "price", "ask lots/orders");
        for (int i = 0; i < 5; i++) {
            Level bid = i < top.bids().size() ? top.bids().get(i) : null;
            Level ask = i < top.asks().size() ? top.asks().get(i) : null;
            line(out, "  %14s %9s | %-9s %-14s",
                    bid == null ? "" : bid.orders() + "/" + bid.quantity(),
                    bid == null ? "" : price(bid.price()),
                    ask == null ? "" : price(ask.price()),
                    ask == null ? "" : ask.quantity() + "/" + ask.orders());
        }
        line(out, "");
        line(out, "Positions (marked at %s)", price(mark));
        line(out, "  %-11s %-17s %7s %7s %9s %9s %12s", "account", "kind", "orders", "cancels",
                "fills", "position", "PnL");
        Map<String, String> kinds = new HashMap<>();
        for (StrategyReport s : strategies) {
            kinds.put(s.name(), s.kind());
            Account a = account(s.name());
            line(out, "  %-11s %-17s %,7d %,7d %,9d %,9d %12s", s.name(), s.kind(), s.ordersSent(),
                    s.cancelsSent(), s.ownFills(), s.position(), money(a.pnl(mark)));
        }
        Account flow = account("flow");
        line(out, "  %-11s %-17s %,7d %,7d %9s %,9d %12s", "flow", "simulated clients",
                flowOrders, flowCancels, "", flow.position(), money(flow.pnl(mark)));
        long totalPosition = book.accounts().stream().mapToLong(Account::position).sum();
        long totalPnl = book.accounts().stream().mapToLong(a -> a.pnl(mark)).sum();
        line(out, "  %-11s %-17s %7s %7s %9s %,9d %12s", "total", "", "", "", "", totalPosition,
                money(totalPnl));
        for (StrategyReport s : strategies) {
            line(out, "  %-11s %s; %,d asks from inside the actor, %,d replies run on its turn",
                    s.name(), s.notes(), s.asks(), s.replies());
        }
        line(out, "");
        line(out, "Throughput: %,d messages handled in %,.0f ms = %,.0f messages/s",
                messagesHandled(), elapsedNanos / 1e6, messagesPerSecond());
        line(out, "Latency (us)                         %8s %8s %8s %8s %8s %8s",
                "count", "p50", "p90", "p99", "p99.9", "max");
        latency(out, "ask round trip, plain thread->book", askRoundTrip);
        latency(out, "order tell -> trade at market data", marketData.orderToTrade());
        line(out, "");
        line(out, "Dead letters: %d", deadLetters);
        List<String> problems = violations();
        line(out, "Checks: %s", problems.isEmpty()
                ? "OK (conservation, every order accounted for, book not crossed, turn model held)"
                : "FAILED " + problems);
        return out.toString();
    }

    private static void latency(StringBuilder out, String what, Latency l) {
        line(out, "  %-34s %,8d %8.1f %8.1f %8.1f %8.1f %8.1f", what, l.count(), l.p50() / 1e3,
                l.p90() / 1e3, l.p99() / 1e3, l.p999() / 1e3, l.max() / 1e3);
    }

    private static String price(long ticks) {
        return String.format(Locale.ROOT, "%d.%02d", ticks / 100, Math.abs(ticks % 100));
    }

    private static String money(long ticks) {
        return String.format(Locale.ROOT, "%,.2f", ticks / 100.0);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args).stripTrailing())
                .append(System.lineSeparator());
    }
}
