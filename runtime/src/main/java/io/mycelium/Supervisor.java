package io.mycelium;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A named supervisor without behaviour of its own (an OTP supervisor): it spawns children, and
 * restarts, stops or escalates their failures by its {@link SupervisorStrategy}. Made by
 * {@link ActorSystem#supervisor(String, SupervisorStrategy)},
 * {@link ActorContext#supervisor(String, SupervisorStrategy)} or another supervisor's
 * {@link #supervisor(String, SupervisorStrategy)}.
 *
 * <pre>{@code
 * Supervisor feeds = system.supervisor("feeds", SupervisorStrategy.restForOne());
 * Quotes quotes = feeds.spawn(Quotes.class, "quotes", QuotesImpl::new);        // started first
 * Signals signals = feeds.spawn(Signals.class, "signals", () -> new SignalsImpl(quotes));
 * }</pre>
 *
 * <p>When its own parent restarts it (after it escalated), it restarts every child in place.
 * Stopping it ({@link #stop()}, or {@link ActorSystem#stop(Object)} with it) stops its children
 * first. Thread-safe; not for users to implement.
 */
public interface Supervisor {

    /** The supervisor's name, unique in its system like an actor's. */
    String name();

    /** Spawns a child of this supervisor; see {@link ActorSystem#spawn(Class, String, Supplier)}. */
    <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory);

    /** Spawns a child of this supervisor with the given options. */
    <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory, SpawnOptions options);

    /** Spawns a worker pool as a child of this supervisor; see {@link Pool}. */
    <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory);

    /** Spawns a worker pool whose members use {@code options}. */
    <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory,
            SpawnOptions options);

    /** Creates a supervisor under this one. */
    Supervisor supervisor(String name, SupervisorStrategy strategy);

    /** Stops the children, then the supervisor; completes when it has stopped. */
    CompletionStage<Termination> stop();

    /** Completes when the supervisor has stopped. */
    CompletionStage<Termination> whenTerminated();
}
