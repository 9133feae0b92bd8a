package io.mycelium.behaviour;

import io.mycelium.ActorSystem;
import io.mycelium.SpawnOptions;
import io.mycelium.SupervisorStrategy;
import java.util.List;

/**
 * The shape of a tree of probes: a name, how it supervises its children, and the children it
 * spawns when it starts (again after each restart).
 */
record Tree(String name, SupervisorStrategy strategy, List<Tree> children) {

    static Tree leaf(String name) {
        return new Tree(name, SupervisorStrategy.defaults(), List.of());
    }

    static Tree of(String name, SupervisorStrategy strategy, Tree... children) {
        return new Tree(name, strategy, List.of(children));
    }

    SpawnOptions options() {
        return SpawnOptions.defaults().supervisor(strategy);
    }

    /** Spawns this tree under the system's guardian and returns its root. */
    Probe spawn(ActorSystem system, Journal journal) {
        return system.spawn(Probe.class, name, () -> new ProbeImpl(this, journal), options());
    }
}
