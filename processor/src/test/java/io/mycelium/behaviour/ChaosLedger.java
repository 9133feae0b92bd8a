package io.mycelium.behaviour;

import io.mycelium.SpawnOptions;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The chaos test's books, kept outside the actors so that they survive restarts. */
final class ChaosLedger {
    static final int ACCEPTED = 1;
    static final int REFUSED = 2;

    /** The shape of the tree: a worker when it has no children. */
    record Spec(String name, SpawnOptions options, List<Spec> children) {
        boolean isWorker() {
            return children.isEmpty();
        }
    }

    final AtomicIntegerArray sent;
    final AtomicIntegerArray processed;
    final AtomicIntegerArray deadLettered;
    final LongAdder failuresInjected = new LongAdder();
    final LongAdder restarts = new LongAdder();
    final LongAdder handlerOverlaps = new LongAdder();
    private final ConcurrentHashMap<String, AtomicInteger> inHandler = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> sinceStart = new ConcurrentHashMap<>();

    ChaosLedger(int ids) {
        sent = new AtomicIntegerArray(ids);
        processed = new AtomicIntegerArray(ids);
        deadLettered = new AtomicIntegerArray(ids);
    }

    /** Marks the start of a handler of {@code actor}; no other handler of it may be running. */
    void enter(String actor) {
        if (inHandler.computeIfAbsent(actor, a -> new AtomicInteger()).incrementAndGet() != 1) {
            handlerOverlaps.increment();
        }
    }

    void exit(String actor) {
        inHandler.get(actor).decrementAndGet();
    }

    AtomicLong sinceStart(String actor) {
        return sinceStart.computeIfAbsent(actor, a -> new AtomicLong());
    }
}
