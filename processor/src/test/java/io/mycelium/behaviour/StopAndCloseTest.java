package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.ActorTerminatedException;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.MyceliumException;
import io.mycelium.SpawnOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StopAndCloseTest {

    private static SpawnOptions options(String dispatcher) {
        return dispatcher.equals("pinned")
                ? SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.backoff()))
                : SpawnOptions.defaults();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shared", "pinned"})
    void stopFailsQueuedAsksAndLaterCallsPromptly(String dispatcher) {
        try (ActorSystem system = ActorSystem.create("stop")) {
            Held held = new Held(system, "victim", options(dispatcher));
            List<CompletionStage<Long>> queued = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                queued.add(held.counter.total());
            }
            held.counter.add(1); // a queued tell: becomes a dead letter
            CompletionStage<Void> stopped = system.stop(held.counter);
            held.release();
            Await.value(stopped);

            for (CompletionStage<Long> ask : queued) {
                ActorTerminatedException failure = Await.failure(ask, ActorTerminatedException.class);
                assertEquals("actor 'victim' terminated: it stopped before handling ask 'total'",
                        failure.getMessage());
            }
            assertEquals("actor 'victim' terminated: ask 'total' was not delivered",
                    Await.failure(held.counter.total(), ActorTerminatedException.class).getMessage());
            held.counter.add(1); // never throws: counted
            assertEquals(2, system.deadLetters());
            assertThrows(ActorNotFoundException.class, () -> system.lookup(Counter.class, "victim"));

            Counter again = system.spawn(Counter.class, "victim", CounterImpl::new);
            again.add(4);
            assertEquals(4L, Await.value(again.total()), "the name is free again after the stop");
        }
    }

    @Test
    void stopIsIdempotent() {
        try (ActorSystem system = ActorSystem.create("stop")) {
            Counter counter = system.spawn(Counter.class, "once", CounterImpl::new);
            Await.value(system.stop(counter));
            Await.value(system.stop(counter));
        }
    }

    @Test
    void stoppingSomethingThatIsNotAReferenceIsRefused() {
        try (ActorSystem system = ActorSystem.create("stop")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> system.stop("not an actor"));
            assertEquals("not an actor is not a reference returned by spawn or lookup", refused.getMessage());
        }
    }

    @Test
    void closeFailsAsksStillWaitingForAReplyAndJoinsEveryThread() {
        ActorSystem system = ActorSystem.create("closing");
        Counter counter = system.spawn(Counter.class, "slow", CounterImpl::new);
        system.spawn(Counter.class, "pinned", CounterImpl::new,
                SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.parking())));
        CompletionStage<String> pending = counter.never(); // handled, but never answered
        Await.until("the ask was handled", () -> Await.value(counter.total()) == 0L);

        system.close();

        ActorTerminatedException failure = Await.failure(pending, ActorTerminatedException.class);
        assertEquals("actor 'slow' terminated: actor system 'closing' closed before ask 'never' was answered",
                failure.getMessage());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("mycelium-closing-")),
                "no thread of the closed system is left");
        assertEquals("actor 'slow' terminated: ask 'total' was not delivered",
                Await.failure(counter.total(), ActorTerminatedException.class).getMessage());
        MyceliumException closed = assertThrows(MyceliumException.class,
                () -> system.spawn(Counter.class, "late", CounterImpl::new));
        assertEquals("actor system 'closing' is closed", closed.getMessage());
        system.close(); // idempotent
    }
}
