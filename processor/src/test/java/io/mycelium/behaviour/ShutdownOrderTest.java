package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.ActorTerminatedException;
import io.mycelium.SupervisorStrategy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stopping a parent stops its children first; close() stops the whole tree that way. */
class ShutdownOrderTest {
    private static final SupervisorStrategy DEFAULT = SupervisorStrategy.defaults();
    private static final Map<String, String> PARENT = Map.of(
            "x", "root", "y", "root", "x1", "x", "x2", "x", "y1", "y", "y1a", "y1");

    private final Journal journal = new Journal();

    private static Tree root() {
        return Tree.of("root", DEFAULT,
                Tree.of("x", DEFAULT, Tree.leaf("x1"), Tree.leaf("x2")),
                Tree.of("y", DEFAULT, Tree.of("y1", DEFAULT, Tree.leaf("y1a"))));
    }

    /** Every actor stopped after all of its children. */
    private static void assertChildrenFirst(List<String> stopped) {
        PARENT.forEach((child, parent) -> {
            if (stopped.contains(parent)) {
                assertTrue(stopped.indexOf(child) >= 0 && stopped.indexOf(child) < stopped.indexOf(parent),
                        child + " stopped before its parent " + parent + ": " + stopped);
            }
        });
    }

    @Test
    void stoppingAParentStopsItsSubtreeBottomUp() {
        try (ActorSystem system = ActorSystem.create("order")) {
            Probe root = root().spawn(system, journal);
            Probes.lookup(system, "y1a");
            Probes.lookup(system, "x2");

            Await.value(system.stop(root));

            List<String> stopped = journal.actors("stopping");
            assertEquals(7, stopped.size(), stopped.toString());
            assertChildrenFirst(stopped);
            for (String name : List.of("root", "x", "x1", "x2", "y", "y1", "y1a")) {
                assertFalse(Probes.exists(system, name), name + " is gone");
            }
            assertEquals("actor 'root' terminated: ask 'count' was not delivered",
                    Await.failure(root.count(), ActorTerminatedException.class).getMessage());
        }
    }

    @Test
    void stoppingAMiddleNodeLeavesTheRestOfTheTree() {
        try (ActorSystem system = ActorSystem.create("order")) {
            root().spawn(system, journal);
            Probe x = Probes.lookup(system, "x");
            Probes.lookup(system, "x2");
            Probe y1a = Probes.lookup(system, "y1a");

            Await.value(system.stop(x));

            List<String> stopped = journal.actors("stopping");
            assertEquals(Set.of("x1", "x2"), Set.copyOf(stopped.subList(0, 2)), "the children stop (concurrently)");
            assertEquals(List.of("x"), stopped.subList(2, stopped.size()), "then the parent");
            assertEquals("actor 'x' terminated: ask 'count' was not delivered",
                    Await.failure(x.count(), ActorTerminatedException.class).getMessage());
            y1a.add(1);
            assertEquals(1L, Await.value(y1a.count()));
            assertEquals("x3", Await.value(Probes.lookup(system, "root").spawnChild("x3")),
                    "the root carries on and can spawn again");
        }
    }

    @Test
    void closeStopsEveryTreeChildrenBeforeParents() {
        ActorSystem system = ActorSystem.create("order");
        root().spawn(system, journal);
        Tree.of("other", DEFAULT, Tree.leaf("o1")).spawn(system, journal);
        Probes.lookup(system, "y1a");
        Probes.lookup(system, "x2");
        Probes.lookup(system, "o1");

        system.close();

        List<String> stopped = journal.actors("stopping");
        assertEquals(9, stopped.size(), stopped.toString());
        assertChildrenFirst(stopped);
        assertTrue(stopped.indexOf("o1") < stopped.indexOf("other"));
        assertTrue(system.whenTerminated().toCompletableFuture().isDone());
    }
}
