package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.Decision;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One-for-one, one-for-all, rest-for-one, and the decision per exception type. */
class SupervisionStrategyTest {
    private final ActorSystem system = ActorSystem.create("strategies");
    private final Journal journal = new Journal();

    @AfterEach
    void close() {
        system.close();
    }

    /** A parent with children a, b, c (started in that order), each with 10 counted. */
    private Probe[] family(SupervisorStrategy strategy) {
        Tree.of("parent", strategy, Tree.leaf("a"), Tree.leaf("b"), Tree.leaf("c")).spawn(system, journal);
        Probe[] children = {Probes.lookup(system, "a"), Probes.lookup(system, "b"), Probes.lookup(system, "c")};
        for (Probe child : children) {
            child.add(10);
            assertEquals(10L, Await.value(child.count())); // handled now, not left for a fresh instance
        }
        return children;
    }

    @Test
    void oneForOneRestartsOnlyTheFailedChildAndKeepsItsMailbox() {
        Probe[] abc = family(SupervisorStrategy.oneForOne());
        Probe b = abc[1];

        b.fail("state");
        for (int i = 0; i < 5; i++) {
            b.add(1); // queued behind the failure: handled by the fresh instance
        }

        assertEquals(2, Await.value(b.generation()));
        assertEquals(5L, Await.value(b.count()), "messages after the failure were kept for the fresh instance");
        assertEquals(1, Await.value(abc[0].generation()));
        assertEquals(1, Await.value(abc[2].generation()));
        assertEquals(10L, Await.value(abc[0].count()));
        assertEquals(10L, Await.value(abc[2].count()));
        assertEquals(1, journal.count("restarting", "b"));
        assertEquals(1, journal.count("cause=injected state", "b"), "restarting(cause) got the failure");
        assertEquals(1, Await.value(Probes.lookup(system, "parent").generation()), "the parent is untouched");
    }

    @Test
    void oneForAllRestartsEveryChild() {
        Probe[] abc = family(SupervisorStrategy.oneForAll());

        abc[1].fail("state");

        Await.until("all three restarted", () -> journal.generations("a") == 2
                && journal.generations("b") == 2 && journal.generations("c") == 2);
        for (Probe child : abc) {
            assertEquals(2, Await.value(child.generation()));
            assertEquals(0L, Await.value(child.count()), "every child starts fresh");
        }
        assertEquals(1, journal.count("cause=injected state", "a"), "siblings learn the failure that restarted them");
    }

    @Test
    void restForOneRestartsTheFailedChildAndThoseStartedAfterIt() {
        Probe[] abc = family(SupervisorStrategy.restForOne());

        abc[1].fail("state");

        assertEquals(2, Await.value(abc[1].generation()));
        Await.until("c restarted", () -> journal.generations("c") == 2);
        assertEquals(0L, Await.value(abc[2].count()));
        assertEquals(1, Await.value(abc[0].generation()), "a was started before b: untouched");
        assertEquals(10L, Await.value(abc[0].count()));
    }

    @Test
    void resumeKeepsTheInstanceAndItsState() {
        Probe[] abc = family(SupervisorStrategy.oneForOne().on(IllegalArgumentException.class, Decision.RESUME));

        abc[1].fail("argument");
        abc[1].add(1);

        assertEquals(11L, Await.value(abc[1].count()));
        assertEquals(1, Await.value(abc[1].generation()));
        assertEquals(0, journal.count("restarting", "b"));
    }

    @Test
    void stopEndsTheChildWithTheFailureAsCauseAndLeavesItsSiblings() {
        Probe[] abc = family(SupervisorStrategy.oneForOne().on(UnsupportedOperationException.class, Decision.STOP));
        CompletionStage<Termination> watched = system.watch(abc[1]);

        abc[1].fail("unsupported");

        Termination notice = Await.value(watched);
        assertEquals("b", notice.actorName());
        assertTrue(notice.isFailure());
        assertEquals("injected unsupported", notice.cause().orElseThrow().getMessage());
        assertFalse(Probes.exists(system, "b"));
        assertEquals(10L, Await.value(abc[0].count()));
        assertEquals(10L, Await.value(abc[2].count()));
        assertEquals(1, journal.count("stopping", "b"));
    }

    @Test
    void theRuleForTheNearestSuperclassWins() {
        SupervisorStrategy strategy = SupervisorStrategy.oneForOne()
                .on(RuntimeException.class, Decision.STOP)
                .on(IllegalStateException.class, Decision.RESUME);
        assertEquals(Decision.RESUME, strategy.decide(new IllegalStateException()));
        assertEquals(Decision.STOP, strategy.decide(new IllegalArgumentException()));
        assertEquals(Decision.RESTART, strategy.decide(new java.io.IOException()), "default for Exception");
        assertEquals(Decision.ESCALATE, strategy.decide(new ProbeError("x")), "default for Error");

        Probe[] abc = family(strategy);
        abc[0].fail("state");
        assertEquals(10L, Await.value(abc[0].count()), "resumed");
        abc[0].fail("argument");
        Await.value(system.watch(abc[0]));
    }

    @Test
    void aThrowingAskHandlerFailsTheAskFirstThenTheSupervisorDecides() {
        Probe[] abc = family(SupervisorStrategy.oneForOne());

        IllegalStateException thrown = Await.failure(abc[0].failOnAsk("state"), IllegalStateException.class);

        assertEquals("injected state", thrown.getMessage());
        assertEquals(2, Await.value(abc[0].generation()));
    }

    @Test
    void topLevelActorsAreSupervisedByTheGuardianStrategyOfTheBuilder() {
        try (ActorSystem resuming = ActorSystem.builder("resuming")
                .supervisor(SupervisorStrategy.oneForOne().on(Exception.class, Decision.RESUME)).build()) {
            Probe top = Tree.leaf("top").spawn(resuming, journal);
            top.add(3);
            top.fail("state");
            assertEquals(3L, Await.value(top.count()));
        }
    }
}
