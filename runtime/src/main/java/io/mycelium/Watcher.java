package io.mycelium;

/**
 * Implemented by an actor implementation that watches other actors with
 * {@link ActorContext#watch(Object)}: each termination notice arrives on the watcher's own turn,
 * once per {@code watch}. A notice that arrives while the watcher is suspended or restarting is
 * delivered to its next (fresh) instance once it runs again.
 */
public interface Watcher {

    /**
     * A watched actor has terminated. An exception thrown here is a failure of the watcher,
     * handled by its parent's {@link SupervisorStrategy}.
     */
    void terminated(Termination notice);
}
