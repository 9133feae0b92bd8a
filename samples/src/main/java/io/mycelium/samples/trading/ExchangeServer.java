package io.mycelium.samples.trading;

import io.mycelium.ActorSystem;
import io.mycelium.SpawnOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The exchange process ({@code TradingSample --serve=ADDRESS}): the book and market data,
 * exported on a Unix socket or a TCP port, for one session of strategies in another process
 * ({@code TradingSample --connect=ADDRESS}). It stops when that session says it is over, at its
 * time limit, when the process that started it exits ({@code --with-parent}), or on Ctrl-C.
 */
public final class ExchangeServer {

    /** The line that announces each address the exchange listens on; a launcher waits for it. */
    public static final String LISTENING = "Exchange listening on ";

    private ExchangeServer() {
    }

    /**
     * Serves one session and returns the process's exit code.
     *
     * @param listen {@code tcp://host:port} (port 0: any free port) or {@code unix:/path/node.sock}
     * @param limit stop after this long even if no session ended; {@code null} for no limit
     * @param withParent also stop when the process that started this one exits, so that a
     *     forked exchange never outlives its launcher
     */
    public static int serve(String listen, Duration limit, boolean withParent) {
        if (listen.startsWith("unix:")) {
            createOwnerOnlyParent(Path.of(listen.substring("unix:".length())));
        }
        line("Mycelium trading exchange on Java %s, pid %d", Runtime.version(),
                ProcessHandle.current().pid());
        ActorSystem system = ActorSystem.builder("exchange")
                .mailboxCapacity(16_384)
                .askTimeout(Duration.ofSeconds(5))
                .listen(listen)
                .build();
        // Ctrl-C: stop the actors and remove the socket file.
        Thread closeOnExit = new Thread(system::close, "close-exchange");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
        try {
            CompletableFuture<String> stop = new CompletableFuture<>();
            Exchange exchange = Exchange.spawn(system, true);
            system.spawn(ExchangeControl.class, Exchange.CONTROL,
                    () -> new ExchangeControlImpl(system::deadLetters,
                            () -> stop.complete("the client said the session is over")),
                    SpawnOptions.defaults().exported());
            if (withParent) {
                ProcessHandle.current().parent().ifPresent(parent ->
                        parent.onExit().thenRun(() -> stop.complete("the parent process exited")));
            }
            line("Exported actors: %s (pinned thread), %s, %s (session control)",
                    Exchange.BOOK, Exchange.MARKET_DATA, Exchange.CONTROL);
            line("Waiting for one session (%s); run the strategies with",
                    limit == null ? "Ctrl-C stops" : "at most " + describe(limit));
            line("  TradingSample --connect=%s", system.listenAddresses().get(0));
            // Last, so that a launcher waiting for this line has seen everything before it.
            for (String address : system.listenAddresses()) {
                line("%s%s", LISTENING, address);
            }

            String why = await(stop, limit);
            BookStats book = exchange.book().stats().toCompletableFuture().join();
            line("Stopping: %s. The book accepted %,d orders and made %,d trades; %,d messages"
                    + " handled; dead letters %d", why, book.accepted(), book.trades(),
                    book.messages(), system.deadLetters());
            return 0;
        } finally {
            system.close();
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException e) {
                // Already shutting down (Ctrl-C): the hook closes the system, harmlessly again.
            }
        }
    }

    private static String await(CompletableFuture<String> stop, Duration limit) {
        try {
            return limit == null ? stop.get() : stop.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return "no session ended within " + describe(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The socket's directory, readable by this user only, like the socket the runtime makes. */
    private static void createOwnerOnlyParent(Path socket) {
        Path dir = socket.toAbsolutePath().getParent();
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the socket's directory " + dir, e);
        }
    }

    /**
     * Prints one line in one write: the runtime logs to stderr meanwhile (a connection closing),
     * and a launcher that reads both streams as one must not find a log line inside this one.
     */
    private static void line(String format, Object... args) {
        System.out.print(String.format(Locale.ROOT, format, args) + System.lineSeparator());
        System.out.flush();
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
