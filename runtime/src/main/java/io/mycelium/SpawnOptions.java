package io.mycelium;

import java.time.Duration;
import java.util.Objects;

/**
 * How one actor is spawned: its mailbox capacity, what happens when the mailbox is full, which
 * dispatcher runs it, the default timeout of asks made through its reference, and how it
 * supervises the children it spawns.
 *
 * <p>Immutable; every {@code with}-style method returns a copy:
 *
 * <pre>{@code
 * SpawnOptions options = SpawnOptions.defaults()
 *         .mailboxCapacity(64 * 1024)
 *         .overflow(OverflowPolicy.block(Duration.ofMillis(5)))
 *         .dispatcher(Dispatcher.pinned(IdleStrategy.busySpin()));
 * }</pre>
 *
 * <p>A value left unset ({@code 0} or {@code null}) takes the actor system's default.
 */
public final class SpawnOptions {
    private static final SpawnOptions DEFAULTS = new SpawnOptions(0, OverflowPolicy.failFast(),
            Dispatcher.shared(), null, null, false);

    private final int mailboxCapacity;
    private final OverflowPolicy overflow;
    private final Dispatcher dispatcher;
    private final Duration askTimeout;
    private final SupervisorStrategy supervisor;
    private final boolean exported;

    private SpawnOptions(int mailboxCapacity, OverflowPolicy overflow, Dispatcher dispatcher,
            Duration askTimeout, SupervisorStrategy supervisor, boolean exported) {
        this.mailboxCapacity = mailboxCapacity;
        this.overflow = overflow;
        this.dispatcher = dispatcher;
        this.askTimeout = askTimeout;
        this.supervisor = supervisor;
        this.exported = exported;
    }

    /** The system's defaults: its mailbox capacity, fail-fast overflow, the shared dispatcher. */
    public static SpawnOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with a mailbox bounded at {@code capacity} messages (at least 1). */
    public SpawnOptions mailboxCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("mailbox capacity must be at least 1, got " + capacity);
        }
        return new SpawnOptions(capacity, overflow, dispatcher, askTimeout, supervisor, exported);
    }

    /** A copy with {@code policy} applied when the mailbox is full. */
    public SpawnOptions overflow(OverflowPolicy policy) {
        return new SpawnOptions(mailboxCapacity, Objects.requireNonNull(policy, "policy"),
                dispatcher, askTimeout, supervisor, exported);
    }

    /** A copy run by {@code dispatcher}. */
    public SpawnOptions dispatcher(Dispatcher dispatcher) {
        return new SpawnOptions(mailboxCapacity, overflow,
                Objects.requireNonNull(dispatcher, "dispatcher"), askTimeout, supervisor, exported);
    }

    /** A copy whose reference times asks out after {@code timeout} (positive). */
    public SpawnOptions askTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
        }
        return new SpawnOptions(mailboxCapacity, overflow, dispatcher, timeout, supervisor, exported);
    }

    /**
     * A copy whose actor supervises the children it spawns (through {@link ActorContext}) with
     * {@code strategy}; default {@link SupervisorStrategy#defaults()}.
     */
    public SpawnOptions supervisor(SupervisorStrategy strategy) {
        return new SpawnOptions(mailboxCapacity, overflow, dispatcher, askTimeout,
                Objects.requireNonNull(strategy, "strategy"), exported);
    }

    /**
     * A copy whose actor (or pool) other nodes may look up by name through the system's
     * listening addresses ({@code ActorSystem.Builder.listen}). Actors are not exported by
     * default: a peer reaches only what was exported, and actors whose references were sent to
     * it in a message.
     */
    public SpawnOptions exported() {
        return new SpawnOptions(mailboxCapacity, overflow, dispatcher, askTimeout, supervisor, true);
    }

    /** The mailbox capacity, or 0 for the system's default. */
    public int mailboxCapacity() {
        return mailboxCapacity;
    }

    /** The overflow policy. */
    public OverflowPolicy overflow() {
        return overflow;
    }

    /** The dispatcher. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The ask timeout, or {@code null} for the system's default. */
    public Duration askTimeout() {
        return askTimeout;
    }

    /** How the actor supervises its children, or {@code null} for the default strategy. */
    public SupervisorStrategy supervisor() {
        return supervisor;
    }

    /** Whether other nodes may look the actor up by name; see {@link #exported()}. */
    public boolean isExported() {
        return exported;
    }

    @Override
    public String toString() {
        return "SpawnOptions[mailboxCapacity=" + mailboxCapacity + ", overflow=" + overflow
                + ", dispatcher=" + dispatcher + ", askTimeout=" + askTimeout
                + ", supervisor=" + supervisor + ", exported=" + exported + "]";
    }
}
