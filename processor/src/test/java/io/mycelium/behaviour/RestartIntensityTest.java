package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.SupervisorStrategy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Restart intensity (at most N restarts per window, then escalate) and exponential back-off. */
class RestartIntensityTest {
    private final ActorSystem system = ActorSystem.create("intensity");
    private final Journal journal = new Journal();

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void oneRestartBeyondTheIntensityIsEscalatedToTheParent() {
        SupervisorStrategy twoPerMinute = SupervisorStrategy.oneForOne().maxRestarts(2, Duration.ofMinutes(1));
        Tree.of("parent", twoPerMinute, Tree.leaf("child")).spawn(system, journal);
        Probe child = Probes.lookup(system, "child");

        child.fail("state");
        child.fail("state");
        assertEquals(3, Await.value(child.generation()), "two restarts are tolerated");
        assertEquals(0, journal.count("restarting", "parent"));

        child.fail("state"); // the third within the window: the parent fails, the guardian restarts it

        Await.until("the parent restarted", () -> journal.generations("parent") == 2);
        assertEquals(1, journal.count("restarting", "parent"));
        assertEquals(1, journal.count("cause=injected state", "parent"), "the parent failed with the child's exception");
        Probe fresh = Probes.lookup(system, "child");
        Await.until("a new child was spawned by the fresh parent", () -> journal.generations("child") == 4);
        assertEquals(0L, Await.value(fresh.count()));
    }

    @Test
    void restartsOutsideTheWindowDoNotCount() throws InterruptedException {
        SupervisorStrategy onePer50ms = SupervisorStrategy.oneForOne().maxRestarts(1, Duration.ofMillis(50));
        Tree.of("parent", onePer50ms, Tree.leaf("child")).spawn(system, journal);
        Probe child = Probes.lookup(system, "child");

        for (int i = 2; i <= 4; i++) {
            child.fail("state");
            assertEquals(i, Await.value(child.generation()));
            Thread.sleep(80); // the next failure is decided more than a window after this restart
        }
        assertEquals(0, journal.count("restarting", "parent"));
    }

    @Test
    void zeroRestartsEscalatesTheFirstFailure() {
        Tree.of("parent", SupervisorStrategy.oneForOne().maxRestarts(0, Duration.ofSeconds(1)), Tree.leaf("child"))
                .spawn(system, journal);
        Probes.lookup(system, "child").fail("state");
        Await.until("the parent restarted and respawned the child", () -> journal.generations("parent") == 2
                && journal.generations("child") == 2);
        assertEquals(0, journal.count("restarting", "child"), "the child was stopped with its parent, not restarted");
        assertEquals(1, journal.count("stopping", "child"));
    }

    @Test
    void backoffDoublesBetweenRestartsAndTheMailboxKeepsEverything() {
        Duration min = Duration.ofMillis(40);
        SupervisorStrategy backoff = SupervisorStrategy.oneForOne().backoff(min, Duration.ofMillis(100));
        Tree.of("parent", backoff, Tree.leaf("child")).spawn(system, journal);
        Probe child = Probes.lookup(system, "child");

        for (int round = 1; round <= 3; round++) {
            child.fail("state");
            for (int i = 0; i < 100; i++) {
                child.add(1); // sent during the back-off: kept, handled by the fresh instance
            }
            assertEquals(round + 1, Await.value(child.generation()));
            assertEquals(100L, Await.value(child.count()));
        }

        List<Long> failed = journal.times("fail", "child");
        List<Long> started = journal.times("started", "child");
        assertEquals(3, failed.size());
        assertEquals(4, started.size());
        long[] expectedAtLeast = {min.toNanos(), 2 * min.toNanos(), Duration.ofMillis(100).toNanos()};
        long clockSlack = Duration.ofMillis(1).toNanos(); // the two times come from different threads
        for (int i = 0; i < 3; i++) {
            long waited = started.get(i + 1) - failed.get(i);
            assertTrue(waited >= expectedAtLeast[i] - clockSlack, "restart " + (i + 1) + " waited " + waited
                    + " ns, less than its back-off of " + expectedAtLeast[i] + " ns");
        }
    }
}
