package io.mycelium.samples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs a small seeded session in-process and checks what must hold whatever the interleaving. */
class TradingScenarioTest {
    private static final TradingScenario.Config SMALL =
            new TradingScenario.Config(7, 5_000, 100, 500, 2_000);

    private static TradingReport report;

    @BeforeAll
    static void runSession() {
        report = TradingScenario.run(SMALL);
    }

    @Test
    void somethingHappened() {
        BookStats book = report.book();
        assertTrue(book.trades() > 100, "trades: " + book.trades());
        for (StrategyReport s : report.strategies()) {
            assertTrue(s.ordersSent() > 0, s.name() + " sent no order");
            assertTrue(s.asks() > 0, s.name() + " made no ask");
        }
    }

    @Test
    void lotsAndCashAreConserved() {
        List<Account> accounts = report.book().accounts();
        long volume = report.book().volume();
        assertEquals(volume, accounts.stream().mapToLong(Account::bought).sum());
        assertEquals(volume, accounts.stream().mapToLong(Account::sold).sum());
        assertEquals(0, accounts.stream().mapToLong(Account::position).sum());
        assertEquals(0, accounts.stream().mapToLong(Account::cash).sum());
        long mark = report.book().lastPrice();
        assertEquals(0, accounts.stream().mapToLong(a -> a.pnl(mark)).sum());
    }

    @Test
    void everyStrategyAccountedForEveryTradeLikeTheBook() {
        for (StrategyReport s : report.strategies()) {
            Account booked = report.account(s.name());
            assertEquals(booked.bought(), s.bought(), s.name() + " bought");
            assertEquals(booked.sold(), s.sold(), s.name() + " sold");
            assertEquals(booked.cash(), s.cash(), s.name() + " cash");
            assertEquals(report.book().trades(), s.tradesSeen(), s.name() + " trades seen");
        }
        assertEquals(report.book().trades(), report.marketData().trades());
        assertEquals(report.book().volume(), report.marketData().volume());
        assertEquals(0, report.marketData().refused());
    }

    @Test
    void everyOrderIsFilledCancelledExpiredOrResting() {
        BookStats book = report.book();
        long sent = report.flowOrders()
                + report.strategies().stream().mapToLong(StrategyReport::ordersSent).sum();
        assertEquals(sent, book.accepted() + book.rejected());
        assertEquals(0, book.rejected());
        assertEquals(book.accepted(),
                book.filled() + book.cancelled() + book.expired() + book.resting());
        long cancels = report.flowCancels()
                + report.strategies().stream().mapToLong(StrategyReport::cancelsSent).sum();
        assertEquals(cancels, book.cancelled() + book.cancelRejects());
        int restingInLevels = 0;
        for (Level level : report.fullDepth().bids()) {
            restingInLevels += level.orders();
        }
        for (Level level : report.fullDepth().asks()) {
            restingInLevels += level.orders();
        }
        assertEquals(book.resting(), restingInLevels);
    }

    @Test
    void finalBookIsSortedAndNotCrossed() {
        Depth depth = report.fullDepth();
        assertTrue(!depth.bids().isEmpty() && !depth.asks().isEmpty(), "both sides rest");
        assertTrue(depth.bestBid() < depth.bestAsk(), depth.bestBid() + " >= " + depth.bestAsk());
        for (int i = 1; i < depth.bids().size(); i++) {
            assertTrue(depth.bids().get(i).price() < depth.bids().get(i - 1).price());
        }
        for (int i = 1; i < depth.asks().size(); i++) {
            assertTrue(depth.asks().get(i).price() > depth.asks().get(i - 1).price());
        }
        for (List<Level> side : List.of(depth.bids(), depth.asks())) {
            for (Level level : side) {
                assertTrue(level.quantity() >= level.orders() && level.orders() > 0, level.toString());
            }
        }
        assertEquals(depth.bids().subList(0, Math.min(10, depth.bids().size())), report.top().bids());
    }

    @Test
    void askCallbacksRanOnTheAskersTurn() {
        for (StrategyReport s : report.strategies()) {
            assertEquals(s.asks(), s.replies(), s.name() + " lost an ask reply");
            assertEquals(0, s.turnViolations(), s.name() + " ran two handlers at once");
            assertEquals(0, s.refused(), s.name() + " was refused by a full mailbox");
        }
    }

    @Test
    void summaryNumbersAreConsistent() {
        assertEquals(0, report.deadLetters());
        assertEquals(List.of(), report.violations());
        long messages = report.book().messages() + report.marketData().messages()
                + report.strategies().stream().mapToLong(StrategyReport::messages).sum();
        assertEquals(messages, report.messagesHandled());
        assertTrue(report.messagesPerSecond() > 0);
        // Every trade was fanned out to every subscriber, and so was every quote.
        MarketDataStats md = report.marketData();
        assertEquals((md.quotes() + md.trades()) * md.subscribers(), md.deliveries());
        for (Latency latency : List.of(report.askRoundTrip(), md.orderToTrade())) {
            assertTrue(latency.count() > 0);
            assertTrue(latency.p50() <= latency.p90() && latency.p90() <= latency.p99()
                    && latency.p99() <= latency.p999() && latency.p999() <= latency.max(),
                    latency.toString());
        }
        assertEquals(SMALL.latencyProbes(), report.askRoundTrip().count());
        assertEquals(md.trades(), md.orderToTrade().count());
        String summary = report.format();
        assertTrue(summary.contains("Checks: OK"), summary);
        assertTrue(summary.contains("Dead letters: 0"), summary);
    }

    @Test
    void theSameSeedSendsTheSameOrderFlow() {
        TradingReport again = TradingScenario.run(SMALL);
        assertEquals(report.flowOrders(), again.flowOrders());
        assertEquals(report.flowCancels(), again.flowCancels());
        assertEquals(List.of(), again.violations());
    }
}
