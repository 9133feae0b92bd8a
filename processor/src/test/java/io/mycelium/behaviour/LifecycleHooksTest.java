package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mycelium.ActorContext;
import io.mycelium.ActorSystem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** started(), restarting(cause), stopping(), and ActorContext availability. */
class LifecycleHooksTest {
    private final ActorSystem system = ActorSystem.create("hooks");
    private final Journal journal = new Journal();

    @AfterEach
    void close() {
        system.close();
    }

    private List<String> eventsOf(String actor) {
        return journal.list(null).stream().filter(e -> e.endsWith(":" + actor)).toList();
    }

    @Test
    void hooksRunInOrderAcrossARestartAndAStop() {
        Probe probe = Tree.leaf("p").spawn(system, journal);
        assertEquals(0L, Await.value(probe.count()));

        probe.fail("state");
        assertEquals(2, Await.value(probe.generation()));
        Await.value(system.stop(probe));

        assertEquals(List.of("constructed:p", "started:p", "fail:p", "restarting:p", "cause=injected state:p",
                "constructed:p", "started:p", "stopping:p"), eventsOf("p"));
    }

    @Test
    void startedRunsBeforeTheFirstMessageEvenWhenMessagesWereSentFirst() {
        Probe probe = Tree.leaf("p").spawn(system, journal);
        probe.fail("state"); // sent before the actor's first turn

        assertEquals(2, Await.value(probe.generation()));
        assertEquals(List.of("constructed:p", "started:p", "fail:p"), eventsOf("p").subList(0, 3));
    }

    @Test
    void aFailingStartedHookIsAFailureLikeAnyOther() {
        journal.failStarts("p", 2);
        Probe probe = Tree.leaf("p").spawn(system, journal);
        probe.add(7); // waits in the mailbox through both failed starts

        assertEquals(3, Await.value(probe.generation()));
        assertEquals(7L, Await.value(probe.count()));
        assertEquals(2, journal.count("cause=start failed", "p"));
    }

    @Test
    void theContextIsOnlyAvailableOnAnActorsTurn() {
        IllegalStateException outside = assertThrows(IllegalStateException.class, ActorContext::current);
        assertEquals("ActorContext.current() is only available on an actor's turn: in a handler, a lifecycle"
                + " hook, an ask callback or the implementation's constructor", outside.getMessage());
        Tree.leaf("p").spawn(system, journal);
        assertEquals(List.of("constructed:p"), journal.list("constructed"),
                "the constructor saw its own actor's context");
    }
}
