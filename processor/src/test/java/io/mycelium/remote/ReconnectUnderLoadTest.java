package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.AskTimeoutException;
import io.mycelium.Asks;
import io.mycelium.ConnectionLostException;
import io.mycelium.MailboxFullException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four threads keep telling and asking while the node at the other end is killed and started
 * again, twice. Every call ends, with its answer or a clear exception (never a hang, never an
 * exception of another kind), and the same reference works once the node is back.
 */
class ReconnectUnderLoadTest {
    @TempDir
    Path dir;

    @Test
    void callsDuringCrashesEndCleanlyAndTheReferenceRecovers() throws Exception {
        String listen = Transports.listen("unix", dir);
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<NodeProcess> nodes = new ArrayList<>();
        try (ActorSystem client = ActorSystem.builder("load-client")
                .reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(100)).build()) {
            NodeProcess node = NodeProcess.start(listen);
            nodes.add(node);
            Ledger ledger = Asks.withTimeout(client.lookup(Ledger.class, node.address(0) + "/ledger"),
                    Duration.ofSeconds(5));
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String sender = "s" + t;
                senders.add(CompletableFuture.runAsync(() -> {
                    long i = 0;
                    while (running.get()) {
                        i++;
                        try {
                            ledger.post(sender, i);
                            outcomes.computeIfAbsent("tell sent", k -> new AtomicLong()).incrementAndGet();
                        } catch (ConnectionLostException | ActorNotFoundException | MailboxFullException e) {
                            outcomes.computeIfAbsent("tell refused", k -> new AtomicLong()).incrementAndGet();
                        }
                        if (i % 16 == 0) {
                            try {
                                ledger.countFrom(sender).toCompletableFuture().get(30, TimeUnit.SECONDS);
                                outcomes.computeIfAbsent("ask answered", k -> new AtomicLong()).incrementAndGet();
                            } catch (ExecutionException e) {
                                Throwable cause = e.getCause();
                                if (!(cause instanceof ConnectionLostException || cause instanceof ActorNotFoundException
                                        || cause instanceof AskTimeoutException || cause instanceof MailboxFullException)) {
                                    throw new AssertionError("unexpected ask failure", cause);
                                }
                                outcomes.computeIfAbsent("ask failed", k -> new AtomicLong()).incrementAndGet();
                            } catch (TimeoutException e) {
                                throw new AssertionError("an ask neither answered nor failed within 30 s", e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }
                }, r -> new Thread(r, "sender-" + sender).start()));
            }
            try {
                for (int crash = 0; crash < 2; crash++) {
                    Thread.sleep(400);
                    node.kill();
                    Thread.sleep(200);
                    node = NodeProcess.start(listen);
                    nodes.add(node);
                }
                Thread.sleep(400);
            } finally {
                running.set(false);
                CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
            try (NodeProcess last = node) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (true) {
                    try {
                        ledger.post("final", 1);
                        assertEquals(1L, ledger.countFrom("final").toCompletableFuture().get(5, TimeUnit.SECONDS));
                        break;
                    } catch (ConnectionLostException | ActorNotFoundException | ExecutionException e) {
                        if (System.nanoTime() > deadline) {
                            fail("the reference did not recover after the last restart", e);
                        }
                        Thread.sleep(20);
                    }
                }
                assertTrue(last.isAlive());
            }
            for (NodeProcess each : nodes) {
                // A frame out of order (say, for a handle before its BIND) would close the connection.
                assertTrue(!each.log().contains("protocol error"), each.log());
            }
            assertTrue(outcomes.getOrDefault("ask answered", new AtomicLong()).get() > 0, outcomes.toString());
            assertTrue(outcomes.getOrDefault("tell refused", new AtomicLong()).get() > 0,
                    "tells during the crashes were refused, not buffered: " + outcomes);
        }
    }
}
