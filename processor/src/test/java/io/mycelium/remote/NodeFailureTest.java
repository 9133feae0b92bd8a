package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mycelium.ActorSystem;
import io.mycelium.Asks;
import io.mycelium.ConnectionLostException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The node at the other end dies: asks waiting for it fail at once (not at their timeout), calls
 * made while it is down fail fast, and the same reference works again once a node is back at the
 * address.
 */
class NodeFailureTest {
    @TempDir
    Path dir;

    private String fixedAddress(String kind) throws IOException {
        if (kind.equals("unix")) {
            return Transports.listen(kind, dir);
        }
        try (ServerSocket free = new ServerSocket(0)) {
            return "tcp://127.0.0.1:" + free.getLocalPort();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void pendingAsksFailWhenTheNodeDiesAndTheReferenceRecoversWhenItReturns(String kind) throws Exception {
        String listen = fixedAddress(kind);
        try (ActorSystem client = ActorSystem.builder("failure-client")
                .reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200)).build()) {
            Ledger ledger;
            List<CompletableFuture<Long>> waiting = new ArrayList<>();
            try (NodeProcess node = NodeProcess.start(listen)) {
                ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
                Ledger patient = Asks.withTimeout(ledger, Duration.ofMinutes(5));
                for (int i = 0; i < 10; i++) {
                    waiting.add(patient.slow(60_000).toCompletableFuture());
                }
                ledger.post("before", 1);
                assertEquals(1L, ledger.countFrom("before").toCompletableFuture().get(10, TimeUnit.SECONDS));
                node.kill();
            }
            for (CompletableFuture<Long> ask : waiting) {
                // Far sooner than the five-minute timeout: the connection's loss fails them.
                ExecutionException e = assertThrows(ExecutionException.class, () -> ask.get(10, TimeUnit.SECONDS));
                assertInstanceOf(ConnectionLostException.class, e.getCause());
                assertTrue(e.getCause().getMessage().contains("'slow' was answered"), e.getCause().getMessage());
            }
            ConnectionLostException down = assertThrows(ConnectionLostException.class, () -> ledger.post("down", 1));
            assertTrue(down.getMessage().contains("'post' was not sent"), down.getMessage());
            ExecutionException askWhileDown = assertThrows(ExecutionException.class,
                    () -> ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionLostException.class, askWhileDown.getCause());

            try (NodeProcess again = NodeProcess.start(listen)) {
                assertTrue(again.isAlive());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (true) {
                    try {
                        // A fresh node: its ledger starts from nothing.
                        assertEquals(0L, ledger.total().toCompletableFuture().get(5, TimeUnit.SECONDS));
                        break;
                    } catch (ExecutionException | TimeoutException e) {
                        if (System.nanoTime() > deadline) {
                            fail("the reference did not reconnect to the restarted node", e);
                        }
                        Thread.sleep(50);
                    }
                }
                ledger.post("after", 5);
                assertEquals(5L, ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix"})
    void aNodeThatHaltsMidRunFailsTheCallsInFlight(String kind) throws Exception {
        try (NodeProcess node = NodeProcess.start(Transports.listen(kind, dir));
             ActorSystem client = ActorSystem.create("halt-client")) {
            Ledger ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
            CompletableFuture<Long> slow = Asks.withTimeout(ledger, Duration.ofMinutes(5)).slow(60_000)
                    .toCompletableFuture();
            ledger.halt();
            assertTrue(node.awaitExit(10));
            ExecutionException e = assertThrows(ExecutionException.class, () -> slow.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionLostException.class, e.getCause());
        }
    }
}
