package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.Decision;
import io.mycelium.EscalationPolicy;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Escalation up the tree, and what the guardian does with an escalation that reaches it. */
class EscalationTest {
    private static final SupervisorStrategy ESCALATING =
            SupervisorStrategy.oneForOne().on(IllegalStateException.class, Decision.ESCALATE);

    private final Journal journal = new Journal();

    /** dept (supervising with {@code deptStrategy}) / team (escalating) / worker. */
    private static Tree chain(SupervisorStrategy deptStrategy) {
        return Tree.of("dept", deptStrategy, Tree.of("team", ESCALATING, Tree.leaf("worker")));
    }

    @Test
    void anEscalatedFailureIsHandledByTheGrandparent() {
        try (ActorSystem system = ActorSystem.create("escalation")) {
            chain(SupervisorStrategy.oneForOne()).spawn(system, journal);
            Probe worker = Probes.lookup(system, "worker");
            worker.add(5);

            worker.fail("state");

            // The team escalates; the dept restarts the team, whose fresh instance spawns a fresh worker.
            Await.until("team restarted and worker respawned",
                    () -> journal.generations("team") == 2 && journal.generations("worker") == 2);
            assertEquals(1, journal.count("cause=injected state", "team"));
            assertEquals(0, journal.count("restarting", "worker"), "the worker was stopped, not restarted");
            assertEquals(1, journal.count("stopping", "worker"));
            assertEquals(0L, Await.value(Probes.lookup(system, "worker").count()));
            assertEquals(1, journal.generations("dept"), "the dept handled it and was not touched");
        }
    }

    @Test
    void anEscalationReachingTheGuardianIsLoggedWithItsChainAndStopsThatSubtree() {
        try (LogCapture log = new LogCapture("io.mycelium.internal.SystemCore");
                ActorSystem system = ActorSystem.builder("guardian-stops").supervisor(ESCALATING).build()) {
            chain(ESCALATING).spawn(system, journal);
            Probe bystander = Tree.leaf("bystander").spawn(system, journal);
            Probe worker = Probes.lookup(system, "worker");
            CompletionStage<Termination> dept = system.watch(system.lookup(Probe.class, "dept"));

            worker.fail("state");

            Termination notice = Await.value(dept);
            assertEquals("injected state", notice.cause().orElseThrow().getMessage());
            assertFalse(Probes.exists(system, "team"));
            assertFalse(Probes.exists(system, "worker"));
            assertEquals(List.of("stopping:worker", "stopping:team", "stopping:dept"), journal.list("stopping"));
            List<LogRecord> errors = log.records(Level.SEVERE);
            assertEquals(1, errors.size());
            assertEquals("failure escalated to the guardian of actor system 'guardian-stops' along"
                    + " worker -> team -> dept; stopping 'dept' and its subtree", errors.get(0).getMessage());
            assertInstanceOf(IllegalStateException.class, errors.get(0).getThrown());
            bystander.add(1);
            assertEquals(1L, Await.value(bystander.count()), "other top-level actors carry on");
            assertFalse(system.whenTerminated().toCompletableFuture().isDone());
        }
    }

    @Test
    void resumingAnEscalatingParentResumesTheChildrenWhoseFailuresItEscalated() {
        try (ActorSystem system = ActorSystem.builder("resume-chain")
                .supervisor(SupervisorStrategy.oneForOne().on(IllegalStateException.class, Decision.RESUME)).build()) {
            chain(ESCALATING).spawn(system, journal);
            Probe worker = Probes.lookup(system, "worker");
            worker.add(5);

            worker.fail("state"); // worker -> team -> dept escalate; the guardian resumes dept, and so down
            worker.add(1);

            assertEquals(6L, Await.value(worker.count()), "the worker went on with its state");
            assertEquals(0, journal.list("restarting").size());
            assertEquals(0, journal.list("stopping").size());
        }
    }

    @Test
    void anErrorEscalatesByDefault() {
        try (ActorSystem system = ActorSystem.create("errors")) {
            Probe top = Tree.leaf("top").spawn(system, journal);
            CompletionStage<Termination> watched = system.watch(top);

            top.fail("error");

            assertInstanceOf(ProbeError.class, Await.value(watched).cause().orElseThrow());
        }
    }

    @Test
    void theShutdownPolicyClosesTheWholeSystem() {
        ActorSystem system = ActorSystem.builder("guardian-shuts-down")
                .onEscalation(EscalationPolicy.SHUTDOWN_SYSTEM).build();
        try {
            chain(SupervisorStrategy.oneForOne()).spawn(system, journal);
            Tree.leaf("bystander").spawn(system, journal);
            Probe worker = Probes.lookup(system, "worker");

            worker.fail("error"); // an Error: escalated by every default strategy up to the guardian

            Await.value(system.whenTerminated());
            assertTrue(journal.list("stopping").containsAll(List.of("stopping:worker", "stopping:team",
                    "stopping:dept", "stopping:bystander")));
            assertTrue(journal.list("stopping").indexOf("stopping:worker")
                    < journal.list("stopping").indexOf("stopping:dept"));
        } finally {
            system.close();
        }
    }
}
