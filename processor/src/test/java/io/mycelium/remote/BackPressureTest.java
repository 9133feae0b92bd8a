package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote sender that fills a mailbox: under a block policy its connection stops being read
 * (the socket pushes back on that sender alone) while the node keeps serving every other
 * connection; under fail-fast the messages that find the mailbox full are dead letters.
 */
class BackPressureTest {
    @TempDir
    Path dir;

    /** Spawns a gate (mailbox of one) whose handler waits for {@code open}. */
    private static Gate spawnGate(ActorSystem node, CountDownLatch open, OverflowPolicy overflow) {
        return node.spawn(Gate.class, "gate", () -> new Gate() {
            private long passed;

            @Override
            public void pass(long n) {
                try {
                    open.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                passed++;
            }

            @Override
            public CompletionStage<Long> passed() {
                return CompletableFuture.completedFuture(passed);
            }
        }, SpawnOptions.defaults().exported().mailboxCapacity(1).overflow(overflow));
    }

    @Test
    void aBlockedMailboxStallsOnlyTheConnectionThatFillsIt() throws Exception {
        String listen = "unix:" + dir.resolve("node.sock");
        CountDownLatch open = new CountDownLatch(1);
        try (ActorSystem node = ActorSystem.builder("gate-node").listen(listen).build();
             ActorSystem flooder = ActorSystem.create("flooder");
             ActorSystem bystander = ActorSystem.create("bystander")) {
            spawnGate(node, open, OverflowPolicy.block(Duration.ofSeconds(30)));
            node.spawn(Ledger.class, "ledger", LedgerImpl::new, SpawnOptions.defaults().exported());
            Gate gate = flooder.lookup(Gate.class, listen + "/gate");
            Ledger ledger = bystander.lookup(Ledger.class, listen + "/ledger");
            for (int i = 0; i < 20; i++) {
                gate.pass(i); // one handled (waiting), one queued, the rest held back on the wire
            }
            // Were the node's I/O thread waiting for room in the gate, this would hang.
            assertEquals(0L, ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
            ledger.post("bystander", 3);
            assertEquals(3L, ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
            open.countDown();
            assertEquals(20L, gate.passed().toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertEquals(0, node.deadLetters());
        }
    }

    @Test
    void underFailFastRemoteTellsThatFindTheMailboxFullAreDeadLetters() throws Exception {
        String listen = "unix:" + dir.resolve("node.sock");
        CountDownLatch open = new CountDownLatch(1);
        try (ActorSystem node = ActorSystem.builder("gate-node").listen(listen).build();
             ActorSystem client = ActorSystem.create("client")) {
            spawnGate(node, open, OverflowPolicy.failFast());
            Gate gate = client.lookup(Gate.class, listen + "/gate");
            for (int i = 0; i < 20; i++) {
                gate.pass(i);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (node.deadLetters() < 18 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            open.countDown();
            long passed = gate.passed().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertTrue(passed >= 1 && passed <= 2, "passed " + passed);
            assertEquals(20, passed + node.deadLetters());
        }
    }
}
