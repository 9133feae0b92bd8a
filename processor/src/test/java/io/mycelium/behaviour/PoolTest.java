package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.ActorTerminatedException;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.Pool;
import io.mycelium.SpawnOptions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Worker pools: N instances behind one reference, round-robin or least-loaded. */
class PoolTest {
    private final ActorSystem system = ActorSystem.create("pools");

    @AfterEach
    void close() {
        system.close();
    }

    private long totalOf(String member) {
        return Await.value(system.lookup(Counter.class, member).total());
    }

    @Test
    void roundRobinSpreadsCallsExactlyEvenly() {
        Counter pool = system.spawnPool(Counter.class, "rr", Pool.roundRobin(4), CounterImpl::new);
        assertSame(pool, system.lookup(Counter.class, "rr"), "the pool is found by its name");
        assertEquals("Counter[Pool[rr]]", pool.toString());

        for (int i = 0; i < 40; i++) {
            pool.add(1);
        }

        for (int m = 1; m <= 4; m++) {
            assertEquals(10L, totalOf("rr." + m), "member rr." + m);
        }
        Set<Long> instances = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            instances.add(Await.value(pool.instanceNumber()));
        }
        assertEquals(4, instances.size(), "asks are routed across the members too");
    }

    @Test
    void leastLoadedSendsEachCallToTheShortestMailbox() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(4);
        // Pinned members: each can block in hold() without taking a worker of the shared pool.
        Counter pool = system.spawnPool(Counter.class, "ll", Pool.leastLoaded(4),
                () -> new CounterImpl(gate, holding, new AtomicInteger()),
                SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.parking())));
        for (int m = 1; m <= 4; m++) {
            system.lookup(Counter.class, "ll." + m).hold(); // every member busy: mailboxes only grow
        }
        assertTrue(holding.await(20, TimeUnit.SECONDS));
        Counter first = system.lookup(Counter.class, "ll.1");
        for (int i = 0; i < 6; i++) {
            first.add(1); // ll.1 has 6 queued, the others none
        }

        for (int i = 0; i < 30; i++) {
            pool.add(1); // 18 fill ll.2-4 up to 6 each, then 12 go round: 3 to each
        }
        gate.countDown();

        for (int m = 1; m <= 4; m++) {
            assertEquals(9L, totalOf("ll." + m), "member ll." + m);
        }
    }

    @Test
    void aFailedMemberIsRestartedInPlaceAndThePoolKeepsRouting() {
        Counter pool = system.spawnPool(Counter.class, "rr", Pool.roundRobin(2), CounterImpl::new);
        pool.add(1);  // rr.1
        pool.fail("boom"); // rr.2 fails and restarts
        pool.add(1);  // rr.1
        pool.add(1);  // rr.2, fresh

        assertEquals(2L, totalOf("rr.1"));
        assertEquals(1L, totalOf("rr.2"));
    }

    @Test
    void stoppedMembersAreSkippedAndThePoolStopsWithItsLastMember() {
        Counter pool = system.spawnPool(Counter.class, "rr", Pool.roundRobin(2), CounterImpl::new,
                SpawnOptions.defaults().mailboxCapacity(16));
        Await.value(system.stop(system.lookup(Counter.class, "rr.1")));
        for (int i = 0; i < 4; i++) {
            pool.add(1);
        }
        assertEquals(4L, totalOf("rr.2"));

        Await.value(system.stop(system.lookup(Counter.class, "rr.2")));

        Await.value(system.watch(pool));
        assertEquals("actor 'rr.1' terminated: ask 'total' was not delivered",
                Await.failure(pool.total(), ActorTerminatedException.class).getMessage());
    }

    @Test
    void stoppingThePoolStopsEveryMember() {
        Counter pool = system.spawnPool(Counter.class, "rr", Pool.leastLoaded(3), CounterImpl::new);
        Counter member = system.lookup(Counter.class, "rr.3");

        Await.value(system.stop(pool));

        Await.value(system.watch(member));
        assertEquals(0, system.deadLetters());
    }
}
