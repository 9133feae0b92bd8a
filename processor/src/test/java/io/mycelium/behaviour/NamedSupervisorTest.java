package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.MyceliumException;
import io.mycelium.Supervisor;
import io.mycelium.SupervisorStrategy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spawning under a named supervisor: OTP supervisors without behaviour of their own. */
class NamedSupervisorTest {
    private final ActorSystem system = ActorSystem.create("named");
    private final Journal journal = new Journal();

    @AfterEach
    void close() {
        system.close();
    }

    private Probe spawn(Supervisor supervisor, String name) {
        Tree tree = Tree.leaf(name);
        return supervisor.spawn(Probe.class, name, () -> new ProbeImpl(tree, journal));
    }

    @Test
    void aSupervisorAppliesItsStrategyToTheChildrenSpawnedUnderIt() {
        Supervisor feeds = system.supervisor("feeds", SupervisorStrategy.oneForAll());
        Probe quotes = spawn(feeds, "quotes");
        Probe signals = spawn(feeds, "signals");
        quotes.add(1);
        signals.add(1);
        assertEquals(1L, Await.value(signals.count())); // handled by the first instance, not left in the mailbox

        quotes.fail("state");

        Await.until("both restarted", () -> journal.generations("quotes") == 2 && journal.generations("signals") == 2);
        assertEquals(0L, Await.value(signals.count()), "restarted in place: the same reference reaches the fresh instance");
        assertEquals(0L, Await.value(quotes.count()));
        assertThrows(ActorNotFoundException.class, () -> system.lookup(Probe.class, "feeds"),
                "a supervisor is not an actor");
    }

    @Test
    void stoppingASupervisorStopsItsChildrenFirst() {
        Supervisor outer = system.supervisor("outer", SupervisorStrategy.oneForOne());
        Supervisor inner = outer.supervisor("inner", SupervisorStrategy.oneForOne());
        spawn(outer, "a");
        spawn(inner, "b");
        Probes.lookup(system, "b");

        assertEquals("outer", Await.value(outer.stop()).actorName());

        assertEquals(2, journal.actors("stopping").size());
        assertEquals("inner", Await.value(inner.whenTerminated()).actorName());
        assertFalse(Probes.exists(system, "a"));
        MyceliumException refused = assertThrows(MyceliumException.class, () -> spawn(outer, "late"));
        assertEquals("cannot spawn 'late' under 'outer': it is stopping or restarting", refused.getMessage());
    }

    @Test
    void aSupervisorBeyondItsIntensityIsRestartedByItsParentWhichRestartsItsChildren() {
        Supervisor outer = system.supervisor("outer", SupervisorStrategy.oneForOne());
        Supervisor strict = outer.supervisor("strict", SupervisorStrategy.oneForOne().maxRestarts(1, Duration.ofMinutes(1)));
        Probe a = spawn(strict, "a");
        Probe b = spawn(strict, "b");
        b.add(5);
        assertEquals(5L, Await.value(b.count()));

        a.fail("state"); // restarted by strict
        assertEquals(2, Await.value(a.generation()));
        a.fail("state"); // beyond strict's intensity: escalated to outer, which restarts strict

        Await.until("strict restarted both", () -> journal.generations("a") == 3 && journal.generations("b") == 2);
        assertEquals(0L, Await.value(b.count()));
        assertEquals(List.of(), journal.list("stopping"), "restarted in place, nothing was stopped");
    }
}
