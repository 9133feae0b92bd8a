package io.mycelium.behaviour;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** A protocol for supervision tests: counts, fails on demand, watches and links by name. */
@Actor
public interface Probe {
    void add(long n);

    /** Throws: "state" IllegalStateException, "argument" IllegalArgumentException, "error" ProbeError. */
    void fail(String kind);

    /** An ask whose handler throws like {@link #fail(String)}. */
    CompletionStage<Long> failOnAsk(String kind);

    CompletionStage<Long> count();

    /** Which instance of this actor answers: 1 for the first, 2 after one restart, ... */
    CompletionStage<Integer> generation();

    /** Watches the probe named {@code name}. */
    void watch(String name);

    void unwatch(String name);

    /** Links with the probe named {@code name}. */
    void link(String name);

    void unlink(String name);

    /** Spawns a child probe named {@code name} with no children of its own. */
    CompletionStage<String> spawnChild(String name);
}
