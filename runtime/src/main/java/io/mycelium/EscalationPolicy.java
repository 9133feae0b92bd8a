package io.mycelium;

/**
 * What the system's guardian does with a failure that its strategy escalates (the guardian has no
 * parent to pass it to), set with {@link ActorSystem.Builder#onEscalation(EscalationPolicy)}.
 * Either way the failure is logged at {@code ERROR} with the chain of actors it passed through.
 */
public enum EscalationPolicy {
    /** Stop the top-level actor (or supervisor) it came from, with its whole subtree (the default). */
    STOP_SUBTREE,
    /** Close the whole actor system, as {@link ActorSystem#close()} does. */
    SHUTDOWN_SYSTEM
}
