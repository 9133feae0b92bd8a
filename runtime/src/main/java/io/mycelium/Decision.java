package io.mycelium;

/**
 * What a parent does about a child that failed (a handler threw), chosen per exception type by
 * its {@link SupervisorStrategy}.
 */
public enum Decision {
    /** Keep the instance and its state; the child goes on with its next message. */
    RESUME,
    /**
     * Replace the instance with a fresh one from the actor's factory (after the strategy's back-off,
     * if any). The reference stays valid and the mailbox keeps its messages; the child's own
     * children are stopped first, since the fresh instance spawns its own. Under
     * {@link SupervisorStrategy#oneForAll()} and {@link SupervisorStrategy#restForOne()} the
     * siblings named by the strategy restart with it.
     */
    RESTART,
    /** Stop the child for good: its watchers learn the failure as the cause. */
    STOP,
    /**
     * The parent cannot handle it: the parent fails with the same exception and its own parent
     * decides. What reaches the system's guardian is handled by the system's
     * {@link EscalationPolicy}.
     */
    ESCALATE
}
