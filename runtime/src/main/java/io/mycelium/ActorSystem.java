package io.mycelium;

import io.mycelium.internal.SystemCore;
import io.mycelium.internal.net.ActorAddress;
import io.mycelium.internal.net.NetSettings;
import io.mycelium.internal.net.NodeAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A set of actors sharing threads, a registry of names and defaults: the entry point of Mycelium.
 *
 * <pre>{@code
 * try (ActorSystem system = ActorSystem.create("trading")) {
 *     OrderBook book = system.spawn(OrderBook.class, "book-1", OrderBookImpl::new);
 *     book.placeOrder(order);                                   // tell
 *     Fill fill = book.match(order).toCompletableFuture().join(); // ask
 * }
 * }</pre>
 *
 * <p>Semantics every actor gets:
 * <ul>
 *   <li>Messages from one sender to one actor are handled in the order they were sent; an actor
 *       handles one message at a time, so its fields need no locks.
 *   <li>Mailboxes are bounded; a full mailbox applies the spawn's {@link OverflowPolicy}.
 *   <li>Every ask completes: with the reply, the handler's exception, an
 *       {@link AskTimeoutException}, or an {@link ActorTerminatedException}.
 *   <li>An ask made by an actor resumes on that actor: callbacks chained on the returned stage run
 *       on its turn, so they may touch its state.
 *   <li>Every actor has a parent: actors spawned here are children of the system's guardian;
 *       actors spawn children of their own through {@link ActorContext}. An exception thrown by a
 *       handler is a failure: the ask it was handling (if any) completes with it, and the parent's
 *       {@link SupervisorStrategy} resumes, restarts (a fresh instance from the factory, same
 *       reference, same mailbox), stops or escalates. See {@link SupervisorStrategy}.
 *   <li>Stopping an actor stops its children first; {@link #close()} stops the whole tree that way.
 * </ul>
 *
 * <p>Thread-safe. Close it (try-with-resources) to stop its actors and threads.
 */
public final class ActorSystem implements AutoCloseable {
    private final SystemCore core;

    private ActorSystem(SystemCore core) {
        this.core = core;
        core.attach(this);
    }

    /** A system named {@code name} with default settings. */
    public static ActorSystem create(String name) {
        return builder(name).build();
    }

    /** A builder for a system named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** This system's name. */
    public String name() {
        return core.name();
    }

    /**
     * Spawns a top-level actor (a child of the system's guardian) with default
     * {@link SpawnOptions} and returns its typed reference.
     *
     * @param type the {@code @Actor} interface
     * @param name the actor's name, unique in this system (children of actors included): letters,
     *     digits, '_', '.', '-'
     * @param factory makes the implementation; called now, and again for each restart. An
     *     exception it throws now is thrown to the caller
     * @throws ActorNameInUseException if a live actor already has {@code name}
     * @throws MyceliumException if {@code type} has no generated code (see the message)
     */
    public <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory) {
        return core.spawn(type, name, factory, SpawnOptions.defaults());
    }

    /** Spawns an actor with the given options; see {@link #spawn(Class, String, Supplier)}. */
    public <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory,
            SpawnOptions options) {
        return core.spawn(type, name, factory, options);
    }

    /**
     * Spawns a top-level worker pool: {@code pool.size()} instances from {@code factory} behind
     * one reference that routes each call to one of them; see {@link Pool}.
     */
    public <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory) {
        return core.spawnPool(type, name, pool, factory, SpawnOptions.defaults());
    }

    /** Spawns a top-level worker pool whose members use {@code options}; see {@link Pool}. */
    public <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory,
            SpawnOptions options) {
        return core.spawnPool(type, name, pool, factory, options);
    }

    /**
     * Creates a top-level named supervisor that spawns children and supervises them with
     * {@code strategy}; see {@link Supervisor}.
     */
    public Supervisor supervisor(String name, SupervisorStrategy strategy) {
        return core.supervisor(name, strategy);
    }

    /**
     * Returns a reference to the actor at {@code address}, implementing the same interface
     * whatever the distance:
     * <ul>
     *   <li>{@code "name"} or {@code "local:name"}: an actor of this system; calls pass the
     *       message record by reference;
     *   <li>{@code "unix:/path/node.sock/name"}: an actor of the node listening on that Unix
     *       socket (same host);
     *   <li>{@code "tcp://host:port/name"}: an actor of the node listening there.
     * </ul>
     * A remote lookup connects to the node if this system has no connection to it yet (on the
     * calling thread, within the builder's {@code connectTimeout}), then checks that the actor
     * exists, was spawned {@link SpawnOptions#exported() exported}, implements {@code type}, and
     * speaks a compatible protocol. Calls through a remote reference encode their arguments with
     * the generated codec; when the connection is lost, asks waiting for a reply fail with
     * {@link ConnectionLostException} at once, calls made while it is down fail fast, and the
     * system reconnects in the background.
     *
     * @throws ActorNotFoundException if no such actor lives (or is exported), or it implements
     *     another interface
     * @throws ConnectionLostException if the node cannot be reached
     * @throws MyceliumException if the protocols differ (the message names the methods), or
     *     {@code type} is {@code @Actor(local = true)}
     */
    public <A> A lookup(Class<A> type, String address) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
        if (address.startsWith("local:")) {
            return core.lookupLocal(type, address.substring("local:".length()));
        }
        if (ActorAddress.isRemote(address)) {
            return core.transport().lookup(type, address);
        }
        return core.lookupLocal(type, address);
    }

    /**
     * The addresses this system listens on (see {@link Builder#listen(String)}), with the port a
     * TCP listener was given when asked for port 0; empty if it does not listen.
     */
    public List<String> listenAddresses() {
        return core.listenAddresses();
    }

    /**
     * Stops the actor behind {@code ref} once it has finished its current message. Messages still
     * in its mailbox are not handled: asks among them fail with {@link ActorTerminatedException},
     * tells count as dead letters. Later calls through the reference behave the same way. Its
     * children stop first, and it terminates after the last of them. {@code ref} may also be a
     * pool's reference or a {@link Supervisor}.
     *
     * @return completes when the actor has stopped
     */
    public CompletionStage<Void> stop(Object ref) {
        return core.stop(ref);
    }

    /**
     * Watches the actor, pool or {@link Supervisor} behind {@code ref} from outside any actor:
     * the stage completes with the {@link Termination} notice when it terminates (at once if it
     * already has). Actors watch through {@link ActorContext#watch(Object)} instead, which
     * delivers the notice on their own turn.
     */
    public CompletionStage<Termination> watch(Object ref) {
        return core.watch(ref);
    }

    /** How many messages so far reached no handler (dropped on overflow or sent to a stopped actor). */
    public long deadLetters() {
        return core.deadLetterCount();
    }

    /**
     * Adds a listener that is given every dead letter of this system: a tell dropped on overflow,
     * or sent to (or still queued in) an actor that stopped. It runs on the thread that found the
     * dead letter (the sender's, or the stopping actor's), so it must be quick and must not block;
     * an exception it throws is logged and ignored.
     */
    public void addDeadLetterListener(Consumer<? super DeadLetter> listener) {
        core.addDeadLetterListener(listener);
    }

    /** Removes a listener added with {@link #addDeadLetterListener(Consumer)}. */
    public void removeDeadLetterListener(Consumer<? super DeadLetter> listener) {
        core.removeDeadLetterListener(listener);
    }

    /**
     * Completes when the system has closed: by {@link #close()}, or by a failure escalated to the
     * guardian under {@link EscalationPolicy#SHUTDOWN_SYSTEM}.
     */
    public CompletionStage<Void> whenTerminated() {
        return core.whenClosed();
    }

    /**
     * Stops every actor, children before their parents, fails asks still waiting for a reply with
     * {@link ActorTerminatedException}, and joins the system's threads. Idempotent.
     */
    @Override
    public void close() {
        core.close();
    }

    @Override
    public String toString() {
        return "ActorSystem[" + core.name() + (core.isClosed() ? ", closed" : "") + "]";
    }

    /** Builds an {@link ActorSystem}; every setting has a default. */
    public static final class Builder {
        private final String name;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int throughput = 64;
        private int mailboxCapacity = 4096;
        private Duration askTimeout = Duration.ofSeconds(10);
        private IdleStrategy workerIdleStrategy = IdleStrategy.backoff();
        private Duration shutdownTimeout = Duration.ofSeconds(10);
        private boolean daemon;
        private SupervisorStrategy supervisor = SupervisorStrategy.defaults();
        private EscalationPolicy escalation = EscalationPolicy.STOP_SUBTREE;
        private final List<String> listen = new ArrayList<>();
        private boolean allowNonLoopback;
        private IdleStrategy ioIdleStrategy = NetSettings.defaults().ioIdleStrategy();
        private int maxFrameBytes = NetSettings.defaults().maxFrameBytes();
        private int outboundBytes = NetSettings.defaults().outboundBytes();
        private OverflowPolicy outboundOverflow = NetSettings.defaults().outboundOverflow();
        private Duration connectTimeout = NetSettings.defaults().connectTimeout();
        private Duration reconnectMin = NetSettings.defaults().reconnectMin();
        private Duration reconnectMax = NetSettings.defaults().reconnectMax();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("actor system name must not be blank");
            }
        }

        /** Worker threads of the shared dispatcher; default: the number of CPUs. */
        public Builder threads(int threads) {
            this.threads = positive(threads, "threads");
            return this;
        }

        /** Most messages an actor handles per turn on the shared dispatcher; default 64. */
        public Builder throughput(int messagesPerTurn) {
            this.throughput = positive(messagesPerTurn, "throughput");
            return this;
        }

        /** Mailbox capacity of actors spawned without one; default 4096. */
        public Builder mailboxCapacity(int capacity) {
            this.mailboxCapacity = positive(capacity, "mailboxCapacity");
            return this;
        }

        /** Timeout of asks through references spawned without one; default 10 s. */
        public Builder askTimeout(Duration timeout) {
            this.askTimeout = positive(timeout, "askTimeout");
            return this;
        }

        /** How idle workers of the shared dispatcher wait; default {@link IdleStrategy#backoff()}. */
        public Builder workerIdleStrategy(IdleStrategy strategy) {
            this.workerIdleStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** How long {@link ActorSystem#close()} waits for actors to stop; default 10 s. */
        public Builder shutdownTimeout(Duration timeout) {
            this.shutdownTimeout = positive(timeout, "shutdownTimeout");
            return this;
        }

        /** Whether the system's threads are daemon threads; default {@code false}. */
        public Builder daemonThreads(boolean daemon) {
            this.daemon = daemon;
            return this;
        }

        /**
         * How the guardian supervises top-level actors (and top-level supervisors and pools);
         * default {@link SupervisorStrategy#defaults()}.
         */
        public Builder supervisor(SupervisorStrategy strategy) {
            this.supervisor = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * What happens to a failure the guardian's strategy escalates; default
         * {@link EscalationPolicy#STOP_SUBTREE}.
         */
        public Builder onEscalation(EscalationPolicy policy) {
            this.escalation = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Listens for other nodes on {@code address}: {@code "unix:/path/node.sock"} (a socket file
         * only this user may connect to; its directory must exist) or {@code "tcp://host:port"}
         * (port 0: any free port, see {@link ActorSystem#listenAddresses()}). TCP accepts only
         * loopback hosts unless {@link #allowNonLoopback()} is set. Only actors spawned
         * {@link SpawnOptions#exported() exported} can be looked up through it. May be called more
         * than once.
         */
        public Builder listen(String address) {
            NodeAddress.parse(Objects.requireNonNull(address, "address"));
            listen.add(address);
            return this;
        }

        /**
         * Lets TCP listen on addresses other machines can reach. Connections are neither
         * encrypted nor authenticated yet, so only do this inside a trusted network; a warning is
         * logged for every such listener.
         */
        public Builder allowNonLoopback() {
            this.allowNonLoopback = true;
            return this;
        }

        /**
         * How the network I/O thread waits for sockets; default {@link IdleStrategy#parking()}:
         * it blocks in {@code select()} as soon as it is idle, which leaves the cores to the
         * threads handling messages. With cores to spare, {@link IdleStrategy#backoff()} polls for
         * a while first, and {@link IdleStrategy#busySpin()} never blocks: the lowest latency, at
         * the cost of a core.
         */
        public Builder ioIdleStrategy(IdleStrategy strategy) {
            this.ioIdleStrategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * The largest frame accepted from another node (default 16 MiB and a little); a peer that
         * sends a larger one is disconnected.
         */
        public Builder maxFrameBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxFrameBytes must be at least 1024, got " + bytes);
            }
            this.maxFrameBytes = bytes;
            return this;
        }

        /**
         * Bounds what may wait to be written on one connection (default 4 MiB) and what a remote
         * call does while that much is waiting, like a mailbox's {@link OverflowPolicy}: fail fast
         * (default; {@link MailboxFullException}), drop, or block the caller up to a timeout.
         */
        public Builder outboundBuffer(int bytes, OverflowPolicy policy) {
            this.outboundBytes = positive(bytes, "outbound buffer bytes");
            this.outboundOverflow = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** How long connecting to another node and a remote lookup may take; default 5 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * The back-off between attempts to reconnect a lost connection: from {@code min},
         * doubling up to {@code max}; default 50 ms to 2 s.
         */
        public Builder reconnectBackoff(Duration min, Duration max) {
            positive(min, "min");
            positive(max, "max");
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("max " + max + " is shorter than min " + min);
            }
            this.reconnectMin = min;
            this.reconnectMax = max;
            return this;
        }

        /** Starts the system, and its listeners. */
        public ActorSystem build() {
            SystemCore core = new SystemCore(name, threads, throughput, mailboxCapacity,
                    askTimeout, workerIdleStrategy, shutdownTimeout, daemon, supervisor, escalation);
            ActorSystem system = new ActorSystem(core);
            try {
                core.configureNetwork(new NetSettings(List.copyOf(listen), allowNonLoopback,
                        ioIdleStrategy, maxFrameBytes, outboundBytes, outboundOverflow,
                        connectTimeout, reconnectMin, reconnectMax));
            } catch (RuntimeException e) {
                system.close();
                throw e;
            }
            return system;
        }

        private static int positive(int value, String what) {
            if (value < 1) {
                throw new IllegalArgumentException(what + " must be at least 1, got " + value);
            }
            return value;
        }

        private static Duration positive(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, got " + value);
            }
            return value;
        }
    }
}
