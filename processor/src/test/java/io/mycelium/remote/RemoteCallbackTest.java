package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.Asks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An actor reference passed as a parameter lets the other node call back, as it would locally. */
class RemoteCallbackTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"unix", "tcp"})
    void aSubscriberInThisJvmIsCalledBackByTheRemoteLedger(String kind) throws Exception {
        try (NodeProcess node = NodeProcess.start(Transports.listen(kind, dir));
             ActorSystem client = ActorSystem.create("callback-client")) {
            Ledger ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
            List<Long> totals = new CopyOnWriteArrayList<>();
            CountDownLatch three = new CountDownLatch(3);
            LedgerWatcher watcher = client.spawn(LedgerWatcher.class, "watcher", () -> new LedgerWatcher() {
                @Override
                public void posted(String sender, long amount, long total) {
                    totals.add(total);
                    three.countDown();
                }

                @Override
                public CompletionStage<String> name() {
                    return CompletableFuture.completedFuture("local-watcher");
                }
            });
            ledger.subscribe(watcher);
            ledger.post("cb", 10);
            ledger.post("cb", 20);
            ledger.post("cb", 30);
            assertTrue(three.await(10, TimeUnit.SECONDS), "callbacks arrived: " + totals);
            assertEquals(List.of(10L, 30L, 60L), totals);

            // The remote ledger asks our watcher and relays the answer: an ask in each direction.
            assertEquals("local-watcher", ledger.nameOf(watcher).toCompletableFuture().get(10, TimeUnit.SECONDS));
            // A reference seen through another ask timeout is still the same actor on the wire.
            assertEquals("local-watcher", ledger.nameOf(Asks.withTimeout(watcher, Duration.ofSeconds(5)))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp"})
    void aReferenceToTheRemoteNodesOwnActorGoesBackAsItsLocalReference(String kind) throws Exception {
        try (NodeProcess node = NodeProcess.start(Transports.listen(kind, dir));
             ActorSystem client = ActorSystem.create("self-client")) {
            Ledger ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
            LedgerWatcher theirs = client.lookup(LedgerWatcher.class, node.address(0) + "/watcher");
            // The node resolves the reference to its own watcher, asks it in-process and answers.
            assertEquals("node-watcher", ledger.nameOf(theirs).toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertEquals("node-watcher", ledger.nameOf(Asks.withTimeout(theirs, Duration.ofSeconds(5)))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
    }
}
