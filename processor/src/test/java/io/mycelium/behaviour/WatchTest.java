package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.Decision;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Termination notices: for plain callers as a stage, for actors on their own turn. */
class WatchTest {
    private final ActorSystem system = ActorSystem.create("watch");
    private final Journal journal = new Journal();

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void aPlainCallerLearnsOfANormalStop() {
        Probe target = Tree.leaf("target").spawn(system, journal);
        CompletionStage<Termination> watched = system.watch(target);
        assertFalse(watched.toCompletableFuture().isDone());

        system.stop(target);

        assertEquals(new Termination("target", Optional.empty()), Await.value(watched));
        assertEquals(new Termination("target", Optional.empty()), Await.value(system.watch(target)),
                "watching what has terminated answers at once");
    }

    @Test
    void aPlainCallerLearnsTheFailureThatStoppedAnActor() {
        Tree.of("parent", SupervisorStrategy.oneForOne().on(IllegalStateException.class, Decision.STOP),
                Tree.leaf("target")).spawn(system, journal);
        Probe target = Probes.lookup(system, "target");
        CompletionStage<Termination> watched = system.watch(target);

        target.fail("state");

        Termination notice = Await.value(watched);
        assertTrue(notice.isFailure());
        assertEquals("injected state", notice.cause().orElseThrow().getMessage());
    }

    @Test
    void anActorGetsTheNoticeOnItsOwnTurn() {
        Probe watcher = Tree.leaf("watcher").spawn(system, journal);
        Probe target = Tree.leaf("target").spawn(system, journal);
        watcher.watch("target");
        Await.value(watcher.count()); // the watch is in place

        system.stop(target);

        Await.until("the notice arrived", () -> journal.count("notice(target,normal)", "watcher") == 1);
    }

    @Test
    void unwatchDropsTheNotice() {
        Probe watcher = Tree.leaf("watcher").spawn(system, journal);
        Probe target = Tree.leaf("target").spawn(system, journal);
        Probe other = Tree.leaf("other").spawn(system, journal);
        watcher.watch("target");
        watcher.watch("other");
        watcher.unwatch("target");
        Await.value(watcher.count());

        Await.value(system.stop(target));
        Await.value(system.stop(other));

        Await.until("the notice for the other arrived", () -> journal.count("notice(other,normal)", "watcher") == 1);
        Await.value(watcher.count()); // any notice for target would have run before this
        assertEquals(0, journal.count("notice(target,normal)", "watcher"));
    }

    @Test
    void aNoticeArrivingDuringARestartGoesToTheFreshInstance() {
        SupervisorStrategy slowRestart = SupervisorStrategy.oneForOne()
                .backoff(Duration.ofMillis(200), Duration.ofMillis(200));
        Tree.of("parent", slowRestart, Tree.leaf("watcher")).spawn(system, journal);
        Probe watcher = Probes.lookup(system, "watcher");
        Probe target = Tree.leaf("target").spawn(system, journal);
        watcher.watch("target");
        Await.value(watcher.count());

        watcher.fail("state");
        Await.until("the watcher is restarting", () -> journal.count("restarting", "watcher") == 1);
        Await.value(system.stop(target));

        Await.until("the notice arrived", () -> journal.count("notice(target,normal)", "watcher") == 1);
        List<String> events = journal.list(null).stream()
                .filter(e -> e.endsWith(":watcher") && !e.startsWith("cause=")).toList();
        assertEquals(List.of("constructed:watcher", "started:watcher", "fail:watcher", "restarting:watcher",
                "constructed:watcher", "started:watcher", "notice(target,normal):watcher"), events);
    }

    @Test
    void watchingAPoolOrASupervisorWorksLikeWatchingAnActor() {
        Counter pool = system.spawnPool(Counter.class, "pool", io.mycelium.Pool.roundRobin(2), CounterImpl::new);
        io.mycelium.Supervisor supervisor = system.supervisor("sup", SupervisorStrategy.oneForOne());
        CompletionStage<Termination> poolWatch = system.watch(pool);
        CompletionStage<Termination> supervisorWatch = system.watch(supervisor);

        system.stop(pool);
        supervisor.stop();

        assertEquals("pool", Await.value(poolWatch).actorName());
        assertEquals("sup", Await.value(supervisorWatch).actorName());
    }
}
