package io.mycelium.samples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-process mode for real: the exchange (book, market data) in a child JVM started the
 * way {@code --demo} starts it, the strategies and the order flow in this JVM, over a Unix socket
 * and over TCP. Every wait is bounded, and the child is killed whatever happens; it also stops
 * by itself when this JVM exits or after a minute.
 */
class AcrossProcessesTest {
    private static final TradingScenario.Config SMALL =
            new TradingScenario.Config(7, 5_000, 100, 500, 2_000);
    private static final Duration EXCHANGE_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSessionOverAUnixSocketKeepsEveryInvariant() {
        Path socket = dir.resolve("node.sock");
        String address = runSession("unix:" + socket);
        assertEquals("unix:" + socket, address);
        assertFalse(Files.exists(socket), "the exchange removed its socket file when it stopped");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSessionOverTcpOnAFreePortKeepsEveryInvariant() {
        String address = runSession("tcp://127.0.0.1:0");
        assertTrue(address.matches("tcp://127\\.0\\.0\\.1:[1-9][0-9]*"), address);
    }

    /** Runs one session against a forked exchange; returns the address it announced. */
    private static String runSession(String listen) {
        try (ExchangeProcess exchange = ExchangeProcess.start(listen, EXCHANGE_LIMIT, line -> { })) {
            String address = exchange.address(Duration.ofSeconds(30));
            TradingReport report = TradingScenario.runAgainst(SMALL, address);

            assertEquals(List.of(), report.violations(), report::format);
            assertSessionHeld(report);
            assertEquals(0, exchange.awaitExit(Duration.ofSeconds(15)),
                    () -> "the exchange stopped when told the session was over:\n" + exchange.output());
            String output = String.join("\n", exchange.output());
            assertTrue(output.contains("Stopping: the client said the session is over"), output);
            // The book that did the matching really was the child's.
            assertTrue(output.contains(String.format(Locale.ROOT, "The book accepted %,d orders",
                    report.book().accepted())), output);
            assertFalse(output.contains("WARNING") || output.contains("SEVERE")
                    || output.contains("Exception"), output);
            return address;
        }
    }

    private static void assertSessionHeld(TradingReport report) {
        BookStats book = report.book();
        assertTrue(book.trades() > 100, "trades: " + book.trades());
        // Every order and cancel sent from this process reached the other one's book.
        assertEquals(report.ordersSent(), book.accepted() + book.rejected());
        assertEquals(book.accepted(), book.filled() + book.cancelled() + book.expired() + book.resting());
        assertEquals(report.cancelsSent(), book.cancelled() + book.cancelRejects());
        // Positions and cash sum to zero over all accounts.
        assertEquals(0, book.accounts().stream().mapToLong(Account::position).sum());
        assertEquals(0, book.accounts().stream().mapToLong(Account::cash).sum());
        assertTrue(report.fullDepth().bestBid() < report.fullDepth().bestAsk(), "book not crossed");
        for (StrategyReport s : report.strategies()) {
            assertTrue(s.ordersSent() > 0, s.name() + " sent no order");
            // Asks to the remote book made inside the actor resumed on its own turn.
            assertTrue(s.asks() > 0 && s.asks() == s.replies(), s.name() + " asks/replies");
            assertEquals(0, s.turnViolations(), s.name() + " ran two handlers at once");
            assertEquals(0, s.refused(), s.name() + " had a send refused");
            // Market data in the other process called every strategy back for every trade.
            assertEquals(book.trades(), s.tradesSeen(), s.name() + " trades seen");
            Account booked = report.account(s.name());
            assertEquals(booked.cash(), s.cash(), s.name() + " cash");
        }
        assertEquals(0, report.marketData().refused());
        assertEquals(0, report.deadLetters());
        assertEquals(SMALL.latencyProbes(), report.askRoundTrip().count());
    }
}
