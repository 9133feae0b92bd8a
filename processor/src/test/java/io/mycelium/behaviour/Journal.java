package io.mycelium.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What probes did, in order, shared by all probes of a test: events, generations, timestamps. */
final class Journal {
    record Event(String what, String actor, long nanos) {
        @Override
        public String toString() {
            return what + ":" + actor;
        }
    }

    private final List<Event> events = new ArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> generations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> startFailures = new ConcurrentHashMap<>();

    /** Makes the next {@code times} started() hooks of {@code actor} throw. */
    void failStarts(String actor, int times) {
        startFailures.put(actor, new AtomicInteger(times));
    }

    boolean takeStartFailure(String actor) {
        AtomicInteger left = startFailures.get(actor);
        return left != null && left.getAndDecrement() > 0;
    }

    synchronized void record(String what, String actor) {
        events.add(new Event(what, actor, System.nanoTime()));
    }

    /** The next generation number of {@code actor}'s instances: 1, 2, ... */
    int nextGeneration(String actor) {
        return generations.computeIfAbsent(actor, a -> new AtomicInteger()).incrementAndGet();
    }

    int generations(String actor) {
        AtomicInteger g = generations.get(actor);
        return g == null ? 0 : g.get();
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Events as "what:actor" strings, optionally only those of one kind. */
    synchronized List<String> list(String what) {
        return events.stream().filter(e -> what == null || e.what().equals(what))
                .map(Event::toString).toList();
    }

    synchronized List<String> actors(String what) {
        return events.stream().filter(e -> e.what().equals(what)).map(Event::actor).toList();
    }

    synchronized int count(String what, String actor) {
        return (int) events.stream().filter(e -> e.what().equals(what) && e.actor().equals(actor)).count();
    }

    synchronized List<Long> times(String what, String actor) {
        List<Long> times = new ArrayList<>();
        for (Event e : events) {
            if (e.what().equals(what) && e.actor().equals(actor)) {
                times.add(e.nanos());
            }
        }
        return times;
    }
}
