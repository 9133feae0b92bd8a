package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.ActorTerminatedException;
import io.mycelium.AskTimeoutException;
import io.mycelium.Decision;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.MailboxFullException;
import io.mycelium.SpawnOptions;
import io.mycelium.SupervisorStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A supervision tree of 48 actors (3 depts x 3 teams x 4 workers, under every strategy) under
 * load from several threads, while handlers throw at random and a monkey stops and respawns
 * actors. The random choices come from one seed, printed, and set with {@code -Dchaos.seed=N} to
 * replay them. Only invariants are checked, never timing:
 * <ul>
 *   <li>every ask completed: with a value, an error, a termination or a timeout; none pending;
 *   <li>every tell accepted by a live actor was handled exactly once or reported to the
 *       dead-letter listener, never both;
 *   <li>no two handlers of one actor ever overlapped;
 *   <li>each worker's state matches the ledger of what it handled since its last restart.
 * </ul>
 */
class ChaosTest {
    private static final int LOAD_THREADS = 4;
    private static final int OPS_PER_THREAD = 10_000;
    private static final int OPS_BETWEEN_PAUSES = 40;
    private static final int DEPTS = 3;
    private static final int TEAMS = 3;
    private static final int WORKERS = 4;

    private final List<String> workerNames = new ArrayList<>();
    private final List<String> teamNames = new ArrayList<>();
    private final Map<String, String> parentOf = new TreeMap<>();

    /** dept 1 one-for-one, dept 2 one-for-all, dept 3 rest-for-one; teams likewise, with back-off. */
    private List<ChaosLedger.Spec> tree() {
        SupervisorStrategy[] deptStrategies = {SupervisorStrategy.oneForOne(), SupervisorStrategy.oneForAll(),
                SupervisorStrategy.restForOne()};
        SupervisorStrategy[] teamStrategies = {
            SupervisorStrategy.oneForOne().maxRestarts(20, Duration.ofSeconds(1))
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(8)),
            SupervisorStrategy.oneForAll().maxRestarts(50, Duration.ofSeconds(1)),
            SupervisorStrategy.restForOne().on(IllegalArgumentException.class, Decision.RESUME)
                    .maxRestarts(50, Duration.ofSeconds(1))};
        List<ChaosLedger.Spec> depts = new ArrayList<>();
        for (int d = 1; d <= DEPTS; d++) {
            List<ChaosLedger.Spec> teams = new ArrayList<>();
            for (int t = 1; t <= TEAMS; t++) {
                List<ChaosLedger.Spec> workers = new ArrayList<>();
                String team = "t-d" + d + "-" + t;
                for (int w = 1; w <= WORKERS; w++) {
                    String worker = "w-d" + d + "-t" + t + "-" + w;
                    SpawnOptions options = d == 2 && w == 1
                            ? SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.parking()))
                            : SpawnOptions.defaults();
                    workers.add(new ChaosLedger.Spec(worker, options, List.of()));
                    workerNames.add(worker);
                    parentOf.put(worker, team);
                }
                teams.add(new ChaosLedger.Spec(team, SpawnOptions.defaults().supervisor(teamStrategies[t - 1]), workers));
                teamNames.add(team);
                parentOf.put(team, "d" + d);
            }
            depts.add(new ChaosLedger.Spec("d" + d, SpawnOptions.defaults().supervisor(
                    deptStrategies[d - 1].maxRestarts(200, Duration.ofSeconds(1))), teams));
        }
        return depts;
    }

    /** What happened to the asks, by outcome. */
    private static final class AskOutcomes {
        final LongAdder value = new LongAdder();
        final LongAdder handlerError = new LongAdder();
        final LongAdder terminated = new LongAdder();
        final LongAdder timedOut = new LongAdder();
        final LongAdder mailboxFull = new LongAdder();
        final LongAdder other = new LongAdder();
        final ConcurrentLinkedQueue<CompletableFuture<Long>> all = new ConcurrentLinkedQueue<>();

        void track(CompletableFuture<Long> ask) {
            all.add(ask);
            ask.whenComplete((v, e) -> {
                Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
                switch (cause) {
                    case null -> value.increment();
                    case IllegalArgumentException x -> handlerError.increment();
                    case ActorTerminatedException x -> terminated.increment();
                    case AskTimeoutException x -> timedOut.increment();
                    case MailboxFullException x -> mailboxFull.increment();
                    default -> other.increment();
                }
            });
        }
    }

    @Test
    void aTreeUnderLoadWithRandomFailuresKeepsEveryPromise() throws Exception {
        long seed = Long.getLong("chaos.seed", ThreadLocalRandom.current().nextLong());
        System.out.println("ChaosTest seed: " + seed + " (replay with -Dchaos.seed=" + seed + ")");
        Logger runtimeLogs = Logger.getLogger("io.mycelium");
        Level previousLevel = runtimeLogs.getLevel();
        runtimeLogs.setLevel(Level.SEVERE); // thousands of injected failures: keep the output readable

        int ids = LOAD_THREADS * OPS_PER_THREAD;
        ChaosLedger ledger = new ChaosLedger(ids);
        AskOutcomes asks = new AskOutcomes();
        LongAdder deadLetters = new LongAdder();
        LongAdder notFound = new LongAdder();
        AtomicLong monkeyStops = new AtomicLong();
        List<ChaosLedger.Spec> depts = tree();

        ActorSystem system = ActorSystem.builder("chaos")
                .askTimeout(Duration.ofSeconds(5))
                .supervisor(SupervisorStrategy.oneForOne().maxRestarts(1_000, Duration.ofSeconds(1)))
                .build();
        try {
            system.addDeadLetterListener(letter -> {
                deadLetters.increment();
                if (letter.message() instanceof ChaosWorkerProtocol.Work work) {
                    ledger.deadLettered.incrementAndGet((int) work.id());
                }
            });
            for (ChaosLedger.Spec dept : depts) {
                system.spawn(ChaosBoss.class, dept.name(), () -> new ChaosBossImpl(dept, ledger), dept.options());
            }
            Await.until("the whole tree is up", () -> workerNames.stream().allMatch(n -> exists(system, n)));

            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < LOAD_THREADS; t++) {
                int thread = t;
                Random random = new Random(seed * 31 + t);
                threads.add(new Thread(() -> load(system, random, thread * OPS_PER_THREAD, ledger, asks, notFound),
                        "chaos-load-" + t));
            }
            Random monkeyRandom = new Random(seed * 31 + LOAD_THREADS);
            Thread monkey = new Thread(() -> {
                while (threads.stream().anyMatch(Thread::isAlive)) {
                    monkey(system, monkeyRandom, monkeyStops);
                }
            }, "chaos-monkey");
            threads.forEach(Thread::start);
            monkey.start();
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(40));
            }
            monkey.join(TimeUnit.SECONDS.toMillis(20));
            assertTrue(threads.stream().noneMatch(Thread::isAlive) && !monkey.isAlive(), "load finished");

            // Every ask completes on its own: by reply, failure, termination or timeout.
            CompletableFuture.allOf(asks.all.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null).get(30, TimeUnit.SECONDS);
            long pending = asks.all.stream().filter(a -> !a.isDone()).count();
            assertEquals(0, pending, "asks still pending");

            // Every accepted tell ends up handled or dead-lettered.
            Await.until("every accepted tell is accounted for", () -> {
                for (int id = 0; id < ids; id++) {
                    if (ledger.sent.get(id) == ChaosLedger.ACCEPTED
                            && ledger.processed.get(id) + ledger.deadLettered.get(id) != 1) {
                        return false;
                    }
                }
                return true;
            });
            long accepted = 0;
            long refused = 0;
            long handled = 0;
            for (int id = 0; id < ids; id++) {
                int state = ledger.sent.get(id);
                int outcomes = ledger.processed.get(id) + ledger.deadLettered.get(id);
                if (state == ChaosLedger.ACCEPTED) {
                    accepted++;
                    handled += ledger.processed.get(id);
                    assertEquals(1, outcomes, "work " + id + ": handled " + ledger.processed.get(id)
                            + " times, dead-lettered " + ledger.deadLettered.get(id) + " times");
                } else {
                    refused += state == ChaosLedger.REFUSED ? 1 : 0;
                    assertEquals(0, outcomes, "work " + id + " was never accepted, yet it arrived");
                }
            }
            assertEquals(0, ledger.handlerOverlaps.sum(), "handlers of one actor overlapped");

            // Each worker's state matches what the ledger says it handled since its last restart.
            Await.until("every worker's state matches the ledger", () -> workerNames.stream()
                    .allMatch(name -> consistent(system, name, ledger)));

            System.out.printf("ChaosTest counts: tells sent %d (accepted %d, handled %d, dead letters %d,"
                    + " refused as mailbox full %d, no such actor %d); failures injected %d; restarts %d;"
                    + " monkey stops %d; asks %d (value %d, handler error %d, terminated %d, timed out %d,"
                    + " mailbox full %d, other %d)%n",
                    accepted + refused, accepted, handled, deadLetters.sum(), refused, notFound.sum(),
                    ledger.failuresInjected.sum(), ledger.restarts.sum(), monkeyStops.get(), asks.all.size(),
                    asks.value.sum(), asks.handlerError.sum(), asks.terminated.sum(), asks.timedOut.sum(),
                    asks.mailboxFull.sum(), asks.other.sum());
            assertEquals(0, asks.other.sum(), "asks failed in an unexpected way");
            assertTrue(ledger.failuresInjected.sum() > 0 && ledger.restarts.sum() > 0, "chaos happened");
        } finally {
            system.close();
            runtimeLogs.setLevel(previousLevel);
        }
    }

    private void load(ActorSystem system, Random random, int firstId, ChaosLedger ledger, AskOutcomes asks,
            LongAdder notFound) {
        ChaosWorker[] cached = new ChaosWorker[workerNames.size()];
        for (int op = 0; op < OPS_PER_THREAD; op++) {
            if (op % OPS_BETWEEN_PAUSES == 0) {
                pause(); // spread the load over time, so that the monkey and restarts interleave with it
            }
            int id = firstId + op;
            int w = random.nextInt(workerNames.size());
            int dice = random.nextInt(1000);
            if (dice < 5) { // a boss fails: its children are restarted or stopped with it
                String team = teamNames.get(random.nextInt(teamNames.size()));
                boolean explode = random.nextInt(4) == 0;
                try {
                    system.lookup(ChaosBoss.class, random.nextBoolean() ? team : parentOf.get(team)).poke(explode);
                } catch (ActorNotFoundException | MailboxFullException e) {
                    notFound.increment();
                }
                continue;
            }
            if (cached[w] == null || random.nextInt(4) == 0) { // keep stale references now and then
                try {
                    cached[w] = system.lookup(ChaosWorker.class, workerNames.get(w));
                } catch (ActorNotFoundException e) {
                    notFound.increment();
                    continue;
                }
            }
            if (dice < 100) {
                asks.track(cached[w].query(random.nextInt(30) == 0).toCompletableFuture());
                continue;
            }
            try {
                cached[w].work(id, random.nextInt(50) == 0);
                ledger.sent.set(id, ChaosLedger.ACCEPTED);
            } catch (MailboxFullException e) {
                ledger.sent.set(id, ChaosLedger.REFUSED);
            }
        }
    }

    /** Stops a random worker (now and then a team) and has its parent spawn it again. */
    private void monkey(ActorSystem system, Random random, AtomicLong stops) {
        boolean team = random.nextInt(5) == 0;
        String victim = team ? teamNames.get(random.nextInt(teamNames.size()))
                : workerNames.get(random.nextInt(workerNames.size()));
        try {
            Object ref = team ? system.lookup(ChaosBoss.class, victim) : system.lookup(ChaosWorker.class, victim);
            Await.value(system.stop(ref));
            stops.incrementAndGet();
            system.lookup(ChaosBoss.class, parentOf.get(victim)).respawn(victim);
        } catch (ActorNotFoundException | MailboxFullException e) {
            // not there right now (its parent is restarting it): try another
        }
        pause();
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private static boolean exists(ActorSystem system, String worker) {
        try {
            system.lookup(ChaosWorker.class, worker);
            return true;
        } catch (ActorNotFoundException e) {
            return false;
        }
    }

    /** The worker's own count equals the ledger's, or the worker is gone (its subtree was stopped). */
    private static boolean consistent(ActorSystem system, String name, ChaosLedger ledger) {
        try {
            long own = Await.value(system.lookup(ChaosWorker.class, name).processedSinceStart());
            return own == ledger.sinceStart(name).get();
        } catch (ActorNotFoundException e) {
            return true;
        } catch (AssertionError e) {
            return false; // terminated while asking: look again
        }
    }
}
