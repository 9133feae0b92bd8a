package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.DeadLetter;
import io.mycelium.SpawnOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscriber's node goes away: the publisher's callbacks to it become dead letters on the
 * publisher's node, and the publisher neither fails nor loses its state.
 */
class GoneSubscriberTest {
    @TempDir
    Path dir;

    @Test
    void callbacksToASubscriberWhoseNodeClosedAreDeadLetters() throws Exception {
        String listen = "unix:" + dir.resolve("node.sock");
        List<DeadLetter> dead = new CopyOnWriteArrayList<>();
        try (ActorSystem node = ActorSystem.builder("publisher").listen(listen).build()) {
            node.addDeadLetterListener(dead::add);
            node.spawn(Ledger.class, "ledger", LedgerImpl::new, SpawnOptions.defaults().exported());
            Ledger local = node.lookup(Ledger.class, "ledger");
            try (ActorSystem subscriberNode = ActorSystem.create("subscriber")) {
                Ledger ledger = subscriberNode.lookup(Ledger.class, listen + "/ledger");
                CountDownLatch seen = new CountDownLatch(1);
                ledger.subscribe(subscriberNode.spawn(LedgerWatcher.class, "watcher", () -> new LedgerWatcher() {
                    @Override
                    public void posted(String sender, long amount, long total) {
                        seen.countDown();
                    }

                    @Override
                    public CompletionStage<String> name() {
                        return CompletableFuture.completedFuture("watcher");
                    }
                }));
                ledger.post("before", 1);
                assertTrue(seen.await(10, TimeUnit.SECONDS));
            }
            // The subscriber's node has closed. Wait until the publisher's node has noticed.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (dead.isEmpty() && System.nanoTime() < deadline) {
                local.post("after", 1);
                Thread.sleep(20);
            }
            assertTrue(!dead.isEmpty(), "callbacks to the gone subscriber are dead letters");
            assertEquals("posted", dead.get(0).messageName());
            assertTrue(dead.get(0).reason().startsWith("its node disconnected"), dead.get(0).reason());
            // Never restarted: the ledger kept its state through every callback that could not go out.
            long posts = 1 + local.countFrom("after").toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals(posts, local.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
    }
}
