package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.MailboxFullException;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverflowTest {
    private final ActorSystem system = ActorSystem.create("overflow");

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void failFastIsTheDefaultAndTheBoundIsExact() {
        Held held = new Held(system, "full", SpawnOptions.defaults().mailboxCapacity(3));
        held.counter.add(1);
        held.counter.add(1);
        held.counter.add(1);

        MailboxFullException refused = assertThrows(MailboxFullException.class, () -> held.counter.add(1));
        assertEquals("mailbox of actor 'full' is full (capacity 3)", refused.getMessage());
        assertEquals("full", refused.actorName());
        assertEquals(3, refused.capacity());

        CompletionStage<Long> ask = held.counter.total();
        assertEquals("mailbox of actor 'full' is full (capacity 3)",
                Await.failure(ask, MailboxFullException.class).getMessage());

        held.release();
        assertEquals(3L, totalOnceThereIsRoom(held.counter), "the three accepted tells, none of the refused");
    }

    /** Right after the release the mailbox may still be full: retry until the ask gets in. */
    private static long totalOnceThereIsRoom(Counter counter) {
        long[] total = new long[1];
        Await.until("the mailbox has room", () -> {
            try {
                total[0] = counter.total().toCompletableFuture().join();
                return true;
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof MailboxFullException) {
                    return false;
                }
                throw e;
            }
        });
        return total[0];
    }

    @Test
    void dropCountsDeadLettersAndStillCompletesAsks() {
        Held held = new Held(system, "dropping",
                SpawnOptions.defaults().mailboxCapacity(2).overflow(OverflowPolicy.drop()));
        held.counter.add(1);
        held.counter.add(1);
        held.counter.add(100); // dropped
        held.counter.add(100); // dropped

        assertEquals(2, system.deadLetters());
        MailboxFullException refused = Await.failure(held.counter.total(), MailboxFullException.class);
        assertEquals("mailbox of actor 'dropping' is full (capacity 2): ask 'total' refused (overflow policy drop)",
                refused.getMessage());

        held.release();
        assertEquals(2L, totalOnceThereIsRoom(held.counter));
    }

    @Test
    void blockWaitsForRoomThenDelivers() throws Exception {
        Held held = new Held(system, "blocking",
                SpawnOptions.defaults().mailboxCapacity(1).overflow(OverflowPolicy.block(Duration.ofSeconds(20))));
        held.counter.add(1);
        CompletableFuture<Void> blockedSend = CompletableFuture.runAsync(() -> held.counter.add(10));
        Thread.sleep(50);
        assertTrue(!blockedSend.isDone(), "the sender waits while the mailbox is full");

        held.release();
        blockedSend.get();
        assertEquals(11L, Await.value(held.counter.total()));
    }

    @Test
    void blockGivesUpAfterItsTimeout() {
        Held held = new Held(system, "blocking",
                SpawnOptions.defaults().mailboxCapacity(1).overflow(OverflowPolicy.block(Duration.ofMillis(30))));
        held.counter.add(1);
        MailboxFullException refused = assertThrows(MailboxFullException.class, () -> held.counter.add(1));
        assertEquals("mailbox of actor 'blocking' is full (capacity 1): no room within 30 ms", refused.getMessage());
        held.release();
    }

    @Test
    void anActorIsNeverAllowedToBlockOnAnotherActorsMailbox() {
        Held held = new Held(system, "blocking",
                SpawnOptions.defaults().mailboxCapacity(1).overflow(OverflowPolicy.block(Duration.ofSeconds(20))));
        held.counter.add(1);
        Aggregator sender = system.spawn(Aggregator.class, "sender",
                () -> new AggregatorImpl(held.counter, () -> null));

        assertEquals("mailbox of actor 'blocking' is full (capacity 1): an actor may not block on another"
                + " actor's mailbox (cycles of blocked actors deadlock); the message was refused",
                Await.value(sender.tellFromActor()));
        held.release();
    }
}
