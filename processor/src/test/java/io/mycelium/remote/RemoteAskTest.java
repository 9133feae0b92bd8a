package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorContext;
import io.mycelium.ActorSystem;
import io.mycelium.AskTimeoutException;
import io.mycelium.Asks;
import io.mycelium.RemoteFailureException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asks to an actor in another JVM: replies with records, remote failures, timeouts, many in flight. */
class RemoteAskTest {
    @TempDir
    static Path dir;
    static NodeProcess node;
    static ActorSystem client;

    @BeforeAll
    static void start() throws Exception {
        node = NodeProcess.start(Transports.listen("unix", dir), Transports.listen("tcp", dir));
        client = ActorSystem.create("ask-client");
    }

    @AfterAll
    static void stop() {
        client.close();
        node.close();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void repliesCarryRecordsEnumsAndCollections() throws Exception {
        for (int i = 0; i < 2; i++) {
            Ledger ledger = client.lookup(Ledger.class, node.address(i) + "/ledger");
            List<Entry> entries = List.of(new Entry("cash", 100, Entry.Kind.CREDIT),
                    new Entry("fees", -3, Entry.Kind.DEBIT), new Entry(null, 0, null));
            assertEquals(entries, await(ledger.echo(entries)));
            assertEquals(List.of(), await(ledger.echo(List.of())));
        }
    }

    @Test
    void aHandlerExceptionComesBackAsRemoteFailure() throws Exception {
        Ledger ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
        ExecutionException thrown = assertThrows(ExecutionException.class,
                () -> await(ledger.fail("account frozen")));
        RemoteFailureException remote = assertInstanceOf(RemoteFailureException.class, thrown.getCause());
        assertEquals("java.lang.IllegalStateException", remote.remoteType());
        assertEquals("account frozen", remote.remoteMessage());
        // The actor was restarted by its supervisor; the same reference keeps working.
        assertEquals(0L, await(ledger.countFrom("nobody")));
    }

    @Test
    void aPerCallTimeoutAppliesToRemoteAsks() throws Exception {
        Ledger ledger = client.lookup(Ledger.class, node.address(1) + "/ledger");
        Ledger impatient = Asks.withTimeout(ledger, Duration.ofMillis(100));
        ExecutionException thrown = assertThrows(ExecutionException.class,
                () -> await(impatient.slow(3_000)));
        assertInstanceOf(AskTimeoutException.class, thrown.getCause());
        assertEquals(1500L, await(ledger.slow(1_500)));
    }

    @Test
    void manyAsksInFlightFromManyThreadsAllComplete() throws Exception {
        Ledger ledger = client.lookup(Ledger.class, node.address(1) + "/ledger");
        List<CompletableFuture<Long>> replies = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String sender = "asker-" + t;
            replies.add(CompletableFuture.supplyAsync(() -> {
                long sum = 0;
                List<CompletableFuture<Long>> mine = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    mine.add(ledger.countFrom(sender).toCompletableFuture());
                }
                for (CompletableFuture<Long> reply : mine) {
                    sum += reply.join();
                }
                return sum;
            }));
        }
        for (CompletableFuture<Long> reply : replies) {
            assertEquals(0L, reply.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void asksFromInsideAnActorResumeOnItsTurn() throws Exception {
        Ledger ledger = client.lookup(Ledger.class, node.address(0) + "/ledger");
        CompletableFuture<Boolean> onTurn = new CompletableFuture<>();
        client.spawn(LedgerWatcher.class, "asker", () -> new LedgerWatcher() {
            @Override
            public void posted(String sender, long amount, long total) {
                ledger.total().thenAccept(t -> {
                    try {
                        onTurn.complete("asker".equals(ActorContext.current().name()));
                    } catch (IllegalStateException e) {
                        onTurn.complete(false); // the callback ran outside the asker's turn
                    }
                });
            }

            @Override
            public java.util.concurrent.CompletionStage<String> name() {
                return CompletableFuture.completedFuture("asker");
            }
        }).posted("go", 0, 0);
        assertTrue(onTurn.get(10, TimeUnit.SECONDS));
    }
}
