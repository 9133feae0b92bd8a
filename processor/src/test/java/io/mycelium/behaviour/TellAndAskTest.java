package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TellAndAskTest {
    private final ActorSystem system = ActorSystem.create("tell-ask");

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void tellsAreHandledBeforeALaterAskFromTheSameSender() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        for (int i = 1; i <= 1_000; i++) {
            counter.add(i);
        }
        assertEquals(500_500L, Await.value(counter.total()));
    }

    @Test
    void completableFutureAsksReturnTheGeneratedFutureWithGenericReply() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        counter.record("a", 1);
        counter.record("a", 2);
        CompletableFuture<List<Long>> answer = counter.sequencesOf("a");
        assertEquals(List.of(1L, 2L), Await.value(answer));
    }

    @Test
    void varargsTellsCarryTheArray() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        counter.log("one", "two", "three");
        counter.log();
        assertEquals(3, Await.value(counter.logged()));
    }

    @Test
    void askHandlerThrowingFailsTheAskAndIsSupervisedLikeATell() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        counter.add(5);
        long instance = Await.value(counter.instanceNumber());

        IllegalArgumentException failure = Await.failure(counter.echoOrThrow(""), IllegalArgumentException.class);

        assertEquals("empty text", failure.getMessage());
        assertEquals(0L, Await.value(counter.total()), "the default strategy restarted it");
        assertTrue(Await.value(counter.instanceNumber()) > instance);
        assertEquals("hi", Await.value(counter.echoOrThrow("hi")));
    }

    @Test
    void askHandlerReturningAFailedStageAnswersWithTheErrorAndKeepsTheActorsState() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        counter.add(5);
        long instance = Await.value(counter.instanceNumber());

        IllegalArgumentException failure = Await.failure(counter.echoOrReject(""), IllegalArgumentException.class);

        assertEquals("empty text", failure.getMessage());
        assertEquals(5L, Await.value(counter.total()));
        assertEquals(instance, Await.value(counter.instanceNumber()));
    }

    @Test
    void askHandlerReturningNullFailsTheAskWithAClearMessage() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        NullPointerException failure = Await.failure(counter.broken(), NullPointerException.class);
        assertEquals("ask handler 'broken' returned null instead of a CompletionStage", failure.getMessage());
    }

    @Test
    void tellHandlerExceptionRestartsTheActorWithAFreshInstance() {
        Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
        counter.add(5);
        long before = Await.value(counter.instanceNumber());

        counter.fail("boom");
        counter.add(2);

        assertEquals(2L, Await.value(counter.total()), "state after the crash starts fresh");
        assertTrue(Await.value(counter.instanceNumber()) > before, "a new instance handles later messages");
    }

    @Test
    void referencesPrintTheActorTheyPointTo() {
        Counter counter = system.spawn(Counter.class, "counter-7", CounterImpl::new);
        assertEquals("Counter[ActorCell[counter-7]]", counter.toString());
    }
}
