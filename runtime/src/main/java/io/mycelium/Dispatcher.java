package io.mycelium;

import java.util.Objects;

/**
 * Which threads run an actor, chosen per spawn with {@link SpawnOptions#dispatcher(Dispatcher)}.
 *
 * <ul>
 *   <li>{@link #shared()} (the default): the system's pool of worker threads runs actors in
 *       batches of at most {@link ActorSystem.Builder#throughput(int) throughput} messages, so
 *       many actors share few threads fairly.
 *   <li>{@link #pinned(IdleStrategy)}: the actor gets a thread of its own that waits for
 *       messages with the given idle strategy; for latency-critical actors.
 * </ul>
 *
 * <p>Blocking work (file or network I/O, JDBC, sleeping) does not belong on either: hand it to
 * an executor of your own and send the result back to the actor as a message.
 */
public sealed interface Dispatcher {

    /** The system's shared worker pool. */
    static Dispatcher shared() {
        return Shared.INSTANCE;
    }

    /** A thread of the actor's own, idling with {@code idleStrategy}. */
    static Dispatcher pinned(IdleStrategy idleStrategy) {
        return new Pinned(idleStrategy);
    }

    /** See {@link Dispatcher#shared()}. */
    enum Shared implements Dispatcher {
        /** The only instance. */
        INSTANCE
    }

    /**
     * See {@link Dispatcher#pinned(IdleStrategy)}.
     *
     * @param idleStrategy what the thread does while the mailbox is empty
     */
    record Pinned(IdleStrategy idleStrategy) implements Dispatcher {
        /** Validates the idle strategy. */
        public Pinned {
            Objects.requireNonNull(idleStrategy, "idleStrategy");
        }
    }
}
