package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.DeadLetter;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dead letters can be observed: every one reaches the listeners, with the message itself. */
class DeadLetterListenerTest {
    private final ActorSystem system = ActorSystem.create("dead");
    private final List<DeadLetter> seen = new CopyOnWriteArrayList<>();
    private final Consumer<DeadLetter> listener = seen::add;

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void tellsQueuedAtTheStopAndSentAfterItReachTheListener() {
        system.addDeadLetterListener(listener);
        Held held = new Held(system, "victim", SpawnOptions.defaults());
        held.counter.add(1);
        held.counter.add(2);
        var stopped = system.stop(held.counter);
        held.release();
        Await.value(stopped);
        held.counter.add(3);

        assertEquals(List.of(
                new DeadLetter("victim", "add", "actor stopped", new CounterProtocol.Add(1)),
                new DeadLetter("victim", "add", "actor stopped", new CounterProtocol.Add(2)),
                new DeadLetter("victim", "add", "actor is stopped", new CounterProtocol.Add(3))), seen);
        assertEquals(3, system.deadLetters());
    }

    @Test
    void droppedTellsReachTheListenerAndARemovedListenerHearsNothingMore() {
        system.addDeadLetterListener(letter -> {
            throw new IllegalStateException("a broken listener does not stop the others");
        });
        system.addDeadLetterListener(listener);
        Held held = new Held(system, "small",
                SpawnOptions.defaults().mailboxCapacity(1).overflow(OverflowPolicy.drop()));
        held.counter.add(1); // fills the mailbox
        held.counter.add(2); // dropped

        system.removeDeadLetterListener(listener);
        held.counter.add(3); // dropped, unheard
        held.release();

        assertEquals(List.of(new DeadLetter("small", "add", "mailbox full, dropped", new CounterProtocol.Add(2))), seen);
        assertEquals(2, system.deadLetters());
    }
}
