package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mycelium.ActorSystem;
import io.mycelium.ActorTerminatedException;
import io.mycelium.Decision;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Links: linked actors terminate together; restarts do not count as terminations. */
class LinkTest {
    private final ActorSystem system = ActorSystem.create("links");
    private final Journal journal = new Journal();

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void whenOneStopsTheOtherStopsWithACauseNamingIt() {
        Probe a = Tree.leaf("a").spawn(system, journal);
        Probe b = Tree.leaf("b").spawn(system, journal);
        a.link("b");
        Await.value(a.count());
        CompletionStage<Termination> aWatch = system.watch(a);

        system.stop(b);

        Termination notice = Await.value(aWatch);
        ActorTerminatedException cause = assertInstanceOf(ActorTerminatedException.class, notice.cause().orElseThrow());
        assertEquals("b", cause.actorName());
        assertEquals("actor 'b' terminated: 'a' was linked to it and stops with it", cause.getMessage());
        assertNull(cause.getCause(), "b stopped normally");
    }

    @Test
    void linksAreBidirectionalAndCarryTheFailure() {
        Tree.of("parent", SupervisorStrategy.oneForOne().on(IllegalStateException.class, Decision.STOP),
                Tree.leaf("a")).spawn(system, journal);
        Probe a = Probes.lookup(system, "a");
        Probe b = Tree.leaf("b").spawn(system, journal);
        b.link("a"); // b links itself to a
        Await.value(b.count());
        CompletionStage<Termination> bWatch = system.watch(b);

        a.fail("state"); // a's supervisor stops it for good

        Throwable cause = Await.value(bWatch).cause().orElseThrow();
        assertEquals("injected state", cause.getCause().getMessage());
        assertEquals(1, journal.count("stopping", "b"));
    }

    @Test
    void aRestartIsNotATermination() {
        Probe a = Tree.leaf("a").spawn(system, journal);
        Probe b = Tree.leaf("b").spawn(system, journal);
        a.link("b");
        Await.value(a.count());

        b.fail("state"); // restarted by the guardian's default strategy

        assertEquals(2, Await.value(b.generation()));
        assertEquals(1, Await.value(a.generation()));
        Await.value(system.stop(b));
        Await.value(system.watch(a)); // the link survived b's restart
    }

    @Test
    void unlinkSeparatesThem() {
        Probe a = Tree.leaf("a").spawn(system, journal);
        Probe b = Tree.leaf("b").spawn(system, journal);
        a.link("b");
        a.unlink("b");
        Await.value(a.count());

        Await.value(system.stop(b));

        a.add(1);
        assertEquals(1L, Await.value(a.count()));
        assertFalse(system.watch(a).toCompletableFuture().isDone());
    }
}
