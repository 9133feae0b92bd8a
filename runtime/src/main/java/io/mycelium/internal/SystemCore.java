package io.mycelium.internal;

import io.mycelium.ActorNameInUseException;
import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.ActorTerminatedException;
import io.mycelium.DeadLetter;
import io.mycelium.Dispatcher;
import io.mycelium.EscalationPolicy;
import io.mycelium.IdleStrategy;
import io.mycelium.MyceliumException;
import io.mycelium.Pool;
import io.mycelium.SpawnOptions;
import io.mycelium.Supervisor;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import io.mycelium.internal.net.NetSettings;
import io.mycelium.internal.net.RemoteEndpoint;
import io.mycelium.internal.net.Transport;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The inside of an {@link io.mycelium.ActorSystem}: the supervision tree under its guardian, the
 * registry of names, dispatchers, timers and dead letters.
 */
public final class SystemCore {
    private static final System.Logger LOG = System.getLogger(SystemCore.class.getName());

    private final String name;
    private final int defaultMailboxCapacity;
    private final long defaultAskTimeoutNanos;
    private final Duration shutdownTimeout;
    private final boolean daemon;
    private final EscalationPolicy escalationPolicy;
    private final WorkerPool pool;
    private final AskTimer timer;
    private final DeadLetters deadLetters;
    private final SupervisorNode guardian;
    private final ConcurrentHashMap<String, Node> registry = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Thread> pinnedThreads = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> closeDone = new CompletableFuture<>();
    private final Set<Node> exported = ConcurrentHashMap.newKeySet();
    private volatile NetSettings netSettings = NetSettings.defaults();
    private volatile Transport transport;
    private volatile ScheduledThreadPoolExecutor scheduler;
    private volatile ActorSystem system;

    /** Starts the worker threads and the timer of a new system. */
    public SystemCore(String name, int threads, int throughput, int defaultMailboxCapacity,
            Duration defaultAskTimeout, IdleStrategy workerIdleStrategy, Duration shutdownTimeout,
            boolean daemon, SupervisorStrategy guardianStrategy, EscalationPolicy escalationPolicy) {
        this.name = name;
        this.defaultMailboxCapacity = defaultMailboxCapacity;
        this.defaultAskTimeoutNanos = defaultAskTimeout.toNanos();
        this.shutdownTimeout = shutdownTimeout;
        this.daemon = daemon;
        this.escalationPolicy = escalationPolicy;
        this.deadLetters = new DeadLetters(name);
        this.timer = new AskTimer(name);
        this.guardian = new SupervisorNode(this, "guardian", null, guardianStrategy);
        this.pool = new WorkerPool(threads, throughput, workerIdleStrategy,
                threadFactory("mycelium-" + name + "-worker-"));
    }

    private ThreadFactory threadFactory(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }

    /** Connects the public face of this system, for {@link io.mycelium.ActorContext#system()}. */
    public void attach(ActorSystem facade) {
        this.system = facade;
    }

    ActorSystem system() {
        return system;
    }

    /** The system's name. */
    public String name() {
        return name;
    }

    AskTimer timer() {
        return timer;
    }

    DeadLetters deadLetters() {
        return deadLetters;
    }

    /** How many messages reached no handler so far. */
    public long deadLetterCount() {
        return deadLetters.count();
    }

    /** Counts and reports a message that reached no handler. */
    public void recordDeadLetter(String actorName, String messageName, String reason, Object message) {
        deadLetters.record(actorName, messageName, reason, message);
    }

    /** Adds a listener for dead letters. */
    public void addDeadLetterListener(Consumer<? super DeadLetter> listener) {
        deadLetters.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addDeadLetterListener}. */
    public void removeDeadLetterListener(Consumer<? super DeadLetter> listener) {
        deadLetters.removeListener(listener);
    }

    /** The default timeout of asks. */
    public long defaultAskTimeoutNanos() {
        return defaultAskTimeoutNanos;
    }

    /** Runs {@code task} once after {@code delayNanos}, on the system's scheduler thread. */
    public void schedule(long delayNanos, Runnable task) {
        ScheduledThreadPoolExecutor s = scheduler;
        if (s == null) {
            synchronized (this) {
                s = scheduler;
                if (s == null) {
                    s = new ScheduledThreadPoolExecutor(1, runnable -> {
                        Thread thread = new Thread(runnable, "mycelium-" + name + "-scheduler");
                        thread.setDaemon(true);
                        return thread;
                    });
                    s.setRemoveOnCancelPolicy(true);
                    scheduler = s;
                }
            }
        }
        try {
            s.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // The system is closing: whatever waited for this is being stopped anyway.
            LOG.log(Level.DEBUG, "actor system ''{0}'' is closing; a scheduled task was dropped", name);
        }
    }

    /** The parent of top-level actors. */
    Node guardian() {
        return guardian;
    }

    // ---------------------------------------------------------------- spawning

    /** Spawns a top-level actor; see {@link io.mycelium.ActorSystem#spawn}. */
    public <A> A spawn(Class<A> type, String actorName, Supplier<? extends A> factory,
            SpawnOptions options) {
        return spawn(guardian, type, actorName, factory, options);
    }

    /** Spawns a top-level pool; see {@link io.mycelium.ActorSystem#spawnPool}. */
    public <A> A spawnPool(Class<A> type, String poolName, Pool spec, Supplier<? extends A> factory,
            SpawnOptions options) {
        return spawnPool(guardian, type, poolName, spec, factory, options);
    }

    /** Creates a top-level named supervisor; see {@link io.mycelium.ActorSystem#supervisor}. */
    public Supervisor supervisor(String supervisorName, SupervisorStrategy strategy) {
        return supervisor(guardian, supervisorName, strategy);
    }

    <A> A spawn(Node parent, Class<A> type, String actorName, Supplier<? extends A> factory,
            SpawnOptions options) {
        if (options.isExported()) {
            Descriptors.of(type).codec(); // an @Actor(local = true) protocol cannot be exported
        }
        ActorCell<A> cell = spawnCell(parent, type, actorName, factory, options);
        if (options.isExported()) {
            exported.add(cell);
        }
        return cell.proxy();
    }

    private <A> ActorCell<A> spawnCell(Node parent, Class<A> type, String actorName,
            Supplier<? extends A> factory, SpawnOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorName, "name");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(options, "options");
        ensureOpen();
        checkName(actorName);
        ActorDescriptor<A> descriptor = Descriptors.of(type);
        int capacity = options.mailboxCapacity() > 0 ? options.mailboxCapacity() : defaultMailboxCapacity;
        long askTimeout = options.askTimeout() != null
                ? options.askTimeout().toNanos() : defaultAskTimeoutNanos;
        SupervisorStrategy strategy = options.supervisor() != null
                ? options.supervisor() : SupervisorStrategy.defaults();
        ActorCell<A> cell = new ActorCell<>(this, parent, actorName, descriptor, factory, capacity,
                options.overflow(), askTimeout, strategy);
        PinnedRunner runner = null;
        switch (options.dispatcher()) {
            case Dispatcher.Shared s -> cell.useShared(pool);
            case Dispatcher.Pinned p -> {
                runner = new PinnedRunner(cell, new Idler(p.idleStrategy()), pool);
                cell.usePinned(runner);
            }
        }
        register(parent, cell);
        A instance;
        try {
            instance = cell.newInstance();
        } catch (RuntimeException | Error e) {
            // Unwind: free the name now, and stop whatever the constructor spawned.
            registry.remove(actorName, cell);
            cell.handOver(pool);
            cell.stop(e);
            throw e;
        }
        cell.start(instance);
        if (runner != null) {
            Thread thread = threadFactory("mycelium-" + name + "-pinned-" + actorName + "-")
                    .newThread(runner);
            pinnedThreads.add(thread);
            thread.start();
        }
        return cell;
    }

    <A> A spawnPool(Node parent, Class<A> type, String poolName, Pool spec,
            Supplier<? extends A> factory, SpawnOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(poolName, "name");
        Objects.requireNonNull(spec, "pool");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(options, "options");
        ensureOpen();
        checkName(poolName);
        ActorDescriptor<A> descriptor = Descriptors.of(type);
        if (options.isExported()) {
            descriptor.codec(); // an @Actor(local = true) protocol cannot be exported
        }
        PoolNode node = new PoolNode(this, poolName, parent, spec, descriptor);
        register(parent, node);
        ActorCell<?>[] members = new ActorCell<?>[spec.size()];
        try {
            for (int i = 0; i < members.length; i++) {
                members[i] = spawnCell(node, type, poolName + "." + (i + 1), factory, options);
            }
        } catch (RuntimeException | Error e) {
            node.stop(e);
            throw e;
        }
        node.router().members(members);
        if (options.isExported()) {
            exported.add(node);
        }
        return type.cast(node.proxy());
    }

    Supervisor supervisor(Node parent, String supervisorName, SupervisorStrategy strategy) {
        Objects.requireNonNull(supervisorName, "name");
        Objects.requireNonNull(strategy, "strategy");
        ensureOpen();
        checkName(supervisorName);
        SupervisorNode node = new SupervisorNode(this, supervisorName, parent, strategy);
        register(parent, node);
        return new SupervisorHandle(node);
    }

    /**
     * {@code [A-Za-z0-9_][A-Za-z0-9._-]{0,254}}, checked by hand: a regular expression cost a
     * tenth of a spawn.
     */
    static boolean validName(String name) {
        int length = name.length();
        if (length == 0 || length > 255) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || (i > 0 && (c == '.' || c == '-'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void checkName(String actorName) {
        if (!validName(actorName)) {
            throw new IllegalArgumentException("invalid actor name '" + actorName + "': use 1-255"
                    + " letters, digits, '_', '.' or '-', not starting with '.' or '-'");
        }
    }

    /** Reserves the node's name and makes it a child of {@code parent}. */
    private void register(Node parent, Node node) {
        if (registry.putIfAbsent(node.name, node) != null) {
            throw new ActorNameInUseException(name, node.name);
        }
        if (!parent.addChild(node)) {
            registry.remove(node.name, node);
            ensureOpen();
            throw new MyceliumException("cannot spawn '" + node.name + "' under '" + parent.name
                    + "': it is stopping or restarting");
        }
    }

    void unregister(Node node) {
        registry.remove(node.name, node);
        exported.remove(node);
    }

    // ---------------------------------------------------------------- references

    /** Finds a local actor or pool by name; see {@link io.mycelium.ActorSystem#lookup}. */
    public <A> A lookupLocal(Class<A> type, String actorName) {
        Objects.requireNonNull(type, "type");
        ensureOpen();
        Node node = registry.get(actorName);
        ActorDescriptor<?> descriptor;
        Object ref;
        switch (node) {
            case ActorCell<?> cell -> {
                descriptor = cell.descriptor();
                ref = cell.proxy();
            }
            case PoolNode p when p.router().ready() -> {
                descriptor = p.descriptor();
                ref = p.proxy();
            }
            case null, default -> throw new ActorNotFoundException("actor system '" + name
                    + "' has no actor named '" + actorName + "'");
        }
        Class<?> actual = descriptor.actorType();
        if (actual != type) {
            throw new ActorNotFoundException("actor '" + actorName + "' in system '" + name
                    + "' implements " + actual.getName() + ", not " + type.getName());
        }
        return type.cast(ref);
    }

    /** The live actor or pool named {@code actorName}, for a peer that binds it; or {@code null}. */
    public LocalActor findLocal(String actorName) {
        Node node = registry.get(actorName);
        return switch (node) {
            case ActorCell<?> cell when cell.isAlive() ->
                    new LocalActor(actorName, cell, cell.descriptor(), exported.contains(cell));
            case PoolNode p when p.router().ready() ->
                    new LocalActor(actorName, p.router(), p.descriptor(), exported.contains(p));
            case null, default -> null;
        };
    }

    /** The name of the actor or pool of this system behind {@code ref}, or {@code null}. */
    public String localNameOf(Object ref) {
        if (endpointBehind(ref) instanceof LocalEndpoint local && local.node().core == this) {
            return local.node().name;
        }
        return null;
    }

    /**
     * Where calls through {@code ref} go, seen through a view with another ask timeout; {@code null}
     * if {@code ref} is not an actor reference.
     */
    public static Endpoint endpointBehind(Object ref) {
        if (!(ref instanceof ActorProxy proxy)) {
            return null;
        }
        Endpoint endpoint = proxy.endpoint();
        return endpoint instanceof TimeoutView view ? view.target() : endpoint;
    }

    // ---------------------------------------------------------------- the network

    /** Sets how the transport behaves; starts it now if it is to listen. */
    public void configureNetwork(NetSettings settings) {
        netSettings = Objects.requireNonNull(settings, "settings");
        if (!settings.listen().isEmpty()) {
            transport();
        }
    }

    /** The transport, started on first use. */
    public Transport transport() {
        Transport t = transport;
        if (t == null) {
            synchronized (this) {
                ensureOpen();
                t = transport;
                if (t == null) {
                    t = Transport.start(this, netSettings);
                    transport = t;
                }
            }
        }
        return t;
    }

    /** The addresses this system listens on; empty if it does not. */
    public List<String> listenAddresses() {
        Transport t = transport;
        return t == null ? List.of() : t.listenAddresses();
    }

    /** Stops what {@code ref} points to; see {@link io.mycelium.ActorSystem#stop}. */
    public CompletableFuture<Void> stop(Object ref) {
        Node node = ownNode(ref);
        node.stop(null);
        return node.termination.thenApply(notice -> null);
    }

    /** Completes when what {@code ref} points to terminates; see {@link io.mycelium.ActorSystem#watch}. */
    public CompletionStage<Termination> watch(Object ref) {
        return ownNode(ref).termination.minimalCompletionStage();
    }

    private Node ownNode(Object ref) {
        Node node = nodeOf(ref);
        if (node.core != this) {
            throw new IllegalArgumentException(ref + " belongs to actor system '"
                    + node.core.name() + "', not '" + name + "'");
        }
        return node;
    }

    /** The same actor or pool as {@code ref}, with asks timing out after {@code timeout}. */
    public static <A> A withAskTimeout(A ref, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
        }
        TimedEndpoint target = timedEndpointOf(ref);
        ActorDescriptor<?> descriptor = target.protocol();
        @SuppressWarnings("unchecked")
        ActorDescriptor<A> typed = (ActorDescriptor<A>) descriptor;
        return typed.newProxy(new TimeoutView(target, timeout.toNanos()));
    }

    private static LocalEndpoint endpointOf(Object ref) {
        Objects.requireNonNull(ref, "ref");
        switch (endpointBehind(ref)) {
            case LocalEndpoint local -> {
                return local;
            }
            case RemoteEndpoint remote -> throw new IllegalArgumentException(ref + " is a reference to"
                    + " an actor on another node: only its own node can stop or watch it");
            case null, default -> throw notAReference(ref);
        }
    }

    private static TimedEndpoint timedEndpointOf(Object ref) {
        Objects.requireNonNull(ref, "ref");
        if (endpointBehind(ref) instanceof TimedEndpoint timed) {
            return timed;
        }
        throw notAReference(ref);
    }

    private static IllegalArgumentException notAReference(Object ref) {
        return new IllegalArgumentException(ref + " is not a reference returned by spawn or lookup");
    }

    /** The tree node behind an actor or pool reference, or a {@link Supervisor}. */
    static Node nodeOf(Object ref) {
        if (ref instanceof SupervisorHandle handle) {
            return handle.node();
        }
        return endpointOf(ref).node();
    }

    // ---------------------------------------------------------------- failures and shutdown

    /** The guardian's strategy escalated the failure of top-level {@code child}: nowhere to go. */
    void escalatedToGuardian(Node child, Failure failure) {
        boolean shutdown = escalationPolicy == EscalationPolicy.SHUTDOWN_SYSTEM;
        LOG.log(Level.ERROR, "failure escalated to the guardian of actor system '" + name + "' along "
                + failure.path() + (shutdown ? "; shutting the actor system down"
                : "; stopping '" + child.name + "' and its subtree"), failure.cause());
        child.stop(failure.cause());
        if (shutdown) {
            Thread closer = new Thread(this::close, "mycelium-" + name + "-shutdown");
            closer.setDaemon(daemon);
            closer.start();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new MyceliumException("actor system '" + name + "' is closed");
        }
    }

    /** Whether {@link #close()} has begun. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Completes when the system has closed. */
    public CompletionStage<Void> whenClosed() {
        return closeDone.minimalCompletionStage();
    }

    /**
     * Stops the tree from the guardian down (children before their parents; pending asks fail with
     * {@link ActorTerminatedException}), fails the asks still waiting for a reply, and joins the
     * system's threads. Idempotent.
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            if (ActorCell.current() == null) {
                closeDone.join();
            }
            return;
        }
        try {
            guardian.stop(null);
            awaitTree(ActorCell.current());
            Transport t = transport;
            if (t != null) {
                t.close();
            }
            timer.close(ask -> new ActorTerminatedException(ask.targetName(),
                    "actor system '" + name + "' closed before ask '" + ask.messageName()
                    + "' was answered"));
            ScheduledThreadPoolExecutor s = scheduler;
            if (s != null) {
                s.shutdownNow();
            }
            pool.shutdown();
            for (Thread thread : pinnedThreads) {
                if (thread != Thread.currentThread()) {
                    thread.join(shutdownTimeout.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeDone.complete(null);
        }
    }

    /**
     * Waits for the tree to stop. Called on an actor's turn, it cannot wait for that actor and its
     * ancestors, which stop only after the turn: it waits for everything else.
     */
    private void awaitTree(ActorCell<?> self) throws InterruptedException {
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        if (self == null) {
            try {
                guardian.termination.get(shutdownTimeout.toNanos(), TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                LOG.log(Level.WARNING, "actor system ''{0}'' did not stop within {1} ms; still"
                        + " running: {2}; is a handler blocked?", name, shutdownTimeout.toMillis(),
                        List.copyOf(registry.keySet()));
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        Set<Node> waitingForMe = new HashSet<>();
        for (Node n = self; n != null; n = n.parent) {
            waitingForMe.add(n);
        }
        for (Node node : new ArrayList<>(registry.values())) {
            if (waitingForMe.contains(node)) {
                continue;
            }
            try {
                node.termination.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                LOG.log(Level.WARNING, "actor ''{0}'' did not stop within {1} ms; is its handler"
                        + " blocked?", node.name, shutdownTimeout.toMillis());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
