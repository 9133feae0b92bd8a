package io.mycelium;

/**
 * Lifecycle hooks an actor implementation opts into by implementing this interface next to its
 * {@code @Actor} interface. Every hook runs on the actor's own turn, so it may touch the actor's
 * fields, spawn children through {@link ActorContext#current()}, and so on.
 *
 * <pre>{@code
 * final class FeedImpl implements Feed, ActorLifecycle {
 *     private Connection connection;
 *     public void started() { connection = Connection.open(); }
 *     public void restarting(Throwable cause) { connection.close(); }
 *     public void stopping() { connection.close(); }
 *     ...
 * }
 * }</pre>
 */
public interface ActorLifecycle {

    /**
     * Runs on a new instance before it handles its first message: after spawning, and after each
     * restart. An exception thrown here is a failure of the actor, handled by its parent's
     * {@link SupervisorStrategy} like an exception thrown by a handler.
     */
    default void started() {
    }

    /**
     * Runs on the failed instance just before it is discarded for a fresh one (and before the
     * actor's children are stopped). An exception thrown here is logged and ignored.
     *
     * @param cause the failure that led to the restart (a sibling's, under one-for-all and
     *     rest-for-one)
     */
    default void restarting(Throwable cause) {
    }

    /**
     * Runs once when the actor stops for good, after all of its children have stopped: the last
     * thing the instance does. An exception thrown here is logged and ignored.
     */
    default void stopping() {
    }
}
