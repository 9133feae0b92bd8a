package io.mycelium.internal;

import io.mycelium.ActorContext;
import io.mycelium.ActorLifecycle;
import io.mycelium.ActorTerminatedException;
import io.mycelium.MailboxFullException;
import io.mycelium.OverflowPolicy;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import io.mycelium.Watcher;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jctools.queues.varhandle.MpscVarHandleArrayQueue;

/**
 * One live actor: its bounded mailbox, its current instance, its place in the supervision tree,
 * and the state that guarantees one message at a time.
 *
 * <p>At most one thread runs a cell at a time: whoever wins the <em>claim</em> flag (a worker of
 * the shared pool, or the actor's pinned thread for as long as the actor lives). Senders offer to
 * the mailbox and then make sure the cell is claimed and queued. Runtime messages (start, stop,
 * restart, resume, a child's failure or termination, watch notices, replies to the actor's own
 * asks) travel in a separate unbounded queue that the turn runs first, so they are never refused
 * by a full mailbox.
 *
 * <p>Supervision state is confined to the turn: a failure suspends the cell (its mailbox keeps
 * filling, nothing is handled) and goes to the parent; the parent's decision comes back as a
 * runtime message. A restart discards the instance, stops the children, waits out the back-off
 * and makes a fresh instance; the mailbox is never touched. A stop drains the mailbox (asks fail,
 * tells become dead letters), stops the children, and terminates once the last child has.
 *
 * @param <A> the {@code @Actor} interface
 */
public final class ActorCell<A> extends Node implements LocalEndpoint, WorkSource {
    private static final System.Logger LOG = System.getLogger(ActorCell.class.getName());
    private static final ThreadLocal<ActorCell<?>> CURRENT = new ThreadLocal<>();
    private static final VarHandle CLAIM;
    private static final VarHandle MAILBOX;
    private static final int RUNNING = 0;
    private static final int STOPPING = 1;
    private static final int STOPPED = 2;
    private static final SystemMessage START = ActorCell::onStart;
    private static final SystemMessage RESUME = ActorCell::onResume;
    private static final long BLOCK_SPINS = 200;
    private static final long BLOCK_MAX_PARK_NANOS = 50_000;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CLAIM = lookup.findVarHandle(ActorCell.class, "claim", int.class);
            MAILBOX = lookup.findVarHandle(ActorCell.class, "mailbox", MpscVarHandleArrayQueue.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ActorDescriptor<A> descriptor;
    private final MessageDispatcher<A> dispatcher;
    private final Supplier<? extends A> factory;
    /**
     * Made by the first message: its ring (4 bytes a slot, 16 KiB at the default capacity) and
     * padding would otherwise dominate the footprint of the many actors that sit idle.
     */
    private volatile MpscVarHandleArrayQueue<Object> mailbox;
    private final int capacity;
    private final SystemQueue systemMessages = new SystemQueue();
    private final OverflowPolicy overflow;
    private final long askTimeoutNanos;
    private final SupervisorStrategy strategy;
    private final A proxy;
    private volatile CellExecutor executor;
    private volatile int claim;
    private volatile int lifecycle = RUNNING;
    /** Not handling user messages: not started yet, failed (awaiting a decision), or restarting. */
    private volatile boolean suspended = true;

    // Confined to the actor's turn.
    private A instance;
    private boolean restarting;
    private RareState rare;

    ActorCell(SystemCore core, Node parent, String name, ActorDescriptor<A> descriptor,
            Supplier<? extends A> factory, int capacity, OverflowPolicy overflow,
            long askTimeoutNanos, SupervisorStrategy strategy) {
        super(core, name, parent);
        this.descriptor = descriptor;
        this.dispatcher = descriptor.dispatcher();
        this.factory = factory;
        this.capacity = capacity;
        this.overflow = overflow;
        this.askTimeoutNanos = askTimeoutNanos;
        this.strategy = strategy;
        this.proxy = descriptor.newProxy(this);
    }

    /** The actor whose turn the calling thread is running, or {@code null}. */
    public static ActorCell<?> current() {
        return CURRENT.get();
    }

    /** This actor's {@link ActorContext}; only to be used on its turn. */
    public ActorContext context() {
        RareState r = rare();
        CellContext c = r.context;
        if (c == null) {
            c = new CellContext(this);
            r.context = c;
        }
        return c;
    }

    private RareState rare() {
        RareState r = rare;
        if (r == null) {
            r = new RareState();
            rare = r;
        }
        return r;
    }

    String name() {
        return name;
    }

    ActorDescriptor<A> descriptor() {
        return descriptor;
    }

    A proxy() {
        return proxy;
    }

    @Override
    public Node node() {
        return this;
    }

    long restarts() {
        RareState r = rare;
        return r == null ? 0 : r.restarts;
    }

    boolean isStopped() {
        return lifecycle == STOPPED;
    }

    /** Whether the actor takes messages: neither stopping nor stopped. */
    boolean isAlive() {
        return lifecycle == RUNNING;
    }

    /** Messages waiting in the mailbox. */
    int queued() {
        MpscVarHandleArrayQueue<Object> m = mailbox;
        return m == null ? 0 : m.size();
    }

    /** The mailbox, made on first use; whichever sender gets here first makes it. */
    private MpscVarHandleArrayQueue<Object> mailbox() {
        MpscVarHandleArrayQueue<Object> m = mailbox;
        if (m != null) {
            return m;
        }
        MpscVarHandleArrayQueue<Object> fresh = new MpscVarHandleArrayQueue<>(capacity);
        @SuppressWarnings("unchecked")
        MpscVarHandleArrayQueue<Object> winner =
                (MpscVarHandleArrayQueue<Object>) MAILBOX.compareAndExchange(this, null, fresh);
        return winner == null ? fresh : winner;
    }

    /** The next user message, or {@code null}; the claim holder only. */
    private Object pollMailbox() {
        MpscVarHandleArrayQueue<Object> m = mailbox;
        return m == null ? null : m.poll();
    }

    /**
     * Sets the shared pool to run the cell (before it is visible to anyone). The spawning thread
     * holds the claim until {@link #start}: nothing of the actor runs while its first instance is
     * being made on that thread (runtime messages sent meanwhile wait).
     */
    void useShared(WorkerPool pool) {
        claim = 1;
        executor = pool;
    }

    /** Sets a pinned thread (not started yet) to run the cell; it holds the claim until the stop. */
    void usePinned(PinnedRunner runner) {
        claim = 1;
        executor = runner;
    }

    // ---------------------------------------------------------------- creating instances

    /**
     * Calls the factory on behalf of this actor, so that {@link ActorContext#current()} works in the
     * implementation's constructor.
     */
    A newInstance() {
        ActorCell<?> previous = CURRENT.get();
        CURRENT.set(this);
        A fresh;
        try {
            fresh = factory.get();
        } finally {
            CURRENT.set(previous);
        }
        if (fresh == null) {
            throw new NullPointerException("the factory of actor '" + name + "' returned null");
        }
        if (fresh instanceof ActorProxy) {
            throw new IllegalArgumentException("the factory of actor '" + name
                    + "' returned an actor reference; it must return a new implementation instance");
        }
        return fresh;
    }

    /** Installs the first instance and lets the actor start on its first turn. */
    void start(A first) {
        instance = first;
        systemMessages.offer(START);
        if (executor instanceof WorkerPool pool) {
            releaseAndReschedule(pool); // the spawning thread's claim; a pinned thread keeps its own
        }
    }

    // ---------------------------------------------------------------- sending

    @Override
    public void tell(Object message) {
        if (lifecycle != RUNNING) {
            core.deadLetters().record(name, dispatcher.nameOf(message), "actor is stopped", message);
            return;
        }
        if (!mailbox().offerIfBelowThreshold(message, capacity) && !overflowed(message, null)) {
            return;
        }
        executor.schedule(this);
    }

    @Override
    public <T> AskFuture<T> newAsk(String messageName) {
        return new AskFuture<>(CURRENT.get(), messageName);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply) {
        ask(message, reply, askTimeoutNanos);
    }

    @Override
    public void ask(Object message, AskFuture<?> reply, long timeoutNanos) {
        if (lifecycle != RUNNING) {
            reply.fail(new ActorTerminatedException(name,
                    "ask '" + reply.messageName() + "' was not delivered"));
            return;
        }
        reply.armOnce(name, core.timer(), timeoutNanos);
        if (!mailbox().offerIfBelowThreshold(message, capacity) && !overflowed(message, reply)) {
            return;
        }
        executor.schedule(this);
    }

    @Override
    public boolean offerTell(Object message) {
        if (lifecycle != RUNNING) {
            core.deadLetters().record(name, dispatcher.nameOf(message), "actor is stopped", message);
            return true;
        }
        if (!mailbox().offerIfBelowThreshold(message, capacity)) {
            return false;
        }
        executor.schedule(this);
        return true;
    }

    @Override
    public boolean offerAsk(Object message, AskFuture<?> reply) {
        if (lifecycle != RUNNING) {
            reply.fail(new ActorTerminatedException(name,
                    "ask '" + reply.messageName() + "' was not delivered"));
            return true;
        }
        reply.armOnce(name, core.timer(), askTimeoutNanos);
        if (!mailbox().offerIfBelowThreshold(message, capacity)) {
            return false;
        }
        executor.schedule(this);
        return true;
    }

    @Override
    public MailboxFullException mailboxFull(String detail) {
        return new MailboxFullException(name, capacity, detail);
    }

    @Override
    public long pushBackNanos() {
        return overflow instanceof OverflowPolicy.Block b ? b.timeout().toNanos() : 0;
    }

    /**
     * Applies the overflow policy to a message the full mailbox refused; {@code true} if the
     * message was enqueued after all. A refused ask completes exceptionally, a refused tell throws.
     */
    private boolean overflowed(Object message, AskFuture<?> reply) {
        switch (overflow) {
            case OverflowPolicy.FailFast f -> refuse(reply, "");
            case OverflowPolicy.Drop d -> {
                if (reply == null) {
                    core.deadLetters().record(name, dispatcher.nameOf(message), "mailbox full, dropped",
                            message);
                } else {
                    reply.fail(new MailboxFullException(name, capacity, "ask '" + reply.messageName()
                            + "' refused (overflow policy drop)"));
                }
            }
            case OverflowPolicy.Block b -> {
                if (CURRENT.get() != null) {
                    refuse(reply, "an actor may not block on another actor's mailbox"
                            + " (cycles of blocked actors deadlock); the message was refused");
                } else if (offerBlocking(message, b.timeout().toNanos())) {
                    return true;
                } else {
                    refuse(reply, "no room within " + b.timeout().toMillis() + " ms");
                }
            }
        }
        return false;
    }

    private void refuse(AskFuture<?> reply, String detail) {
        MailboxFullException refused = new MailboxFullException(name, capacity, detail);
        if (reply == null) {
            throw refused;
        }
        reply.fail(refused);
    }

    private boolean offerBlocking(Object message, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        long parkNanos = 1_000;
        for (long attempt = 0; ; attempt++) {
            if (mailbox().offerIfBelowThreshold(message, capacity)) {
                return true;
            }
            if (lifecycle != RUNNING) {
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (attempt < BLOCK_SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, Math.min(left, parkNanos));
                parkNanos = Math.min(parkNanos * 2, BLOCK_MAX_PARK_NANOS);
            }
        }
    }

    /** Sends a runtime message, which bypasses the mailbox bound and runs on the next turn. */
    void enqueueSystem(SystemMessage message) {
        systemMessages.offer(message);
        executor.schedule(this);
    }

    // ---------------------------------------------------------------- tree: as a child

    @Override
    void stop(Throwable cause) {
        enqueueSystem(cell -> beginStop(cause));
    }

    @Override
    void restart(Failure failure, long delayNanos) {
        enqueueSystem(cell -> beginRestart(failure, delayNanos));
    }

    @Override
    void resume() {
        enqueueSystem(RESUME);
    }

    @Override
    boolean acceptsChildren() {
        return lifecycle == RUNNING && !restarting;
    }

    // ---------------------------------------------------------------- tree: as a parent

    @Override
    void childFailed(Node child, Failure failure) {
        enqueueSystem(cell -> onChildFailed(child, failure));
    }

    @Override
    void childTerminated(Node child) {
        enqueueSystem(cell -> onChildTerminated(child));
    }

    /** Watches {@code target} on behalf of this actor; on its turn. */
    void watch(Node target) {
        if (instance != null && !(instance instanceof Watcher)) {
            throw new IllegalStateException("actor '" + name + "' watches '" + target.name
                    + "' but its implementation " + instance.getClass().getName() + " does not"
                    + " implement io.mycelium.Watcher, so it could not receive the notice");
        }
        RareState r = rare();
        if (r.watching == null) {
            r.watching = new HashSet<>();
        }
        r.watching.add(target);
        target.termination.thenAccept(notice ->
                enqueueSystem(cell -> onWatchNotice(target, notice)));
    }

    /** Stops watching {@code target}; on its turn. */
    void unwatch(Node target) {
        if (rare != null && rare.watching != null) {
            rare.watching.remove(target);
        }
    }

    // ---------------------------------------------------------------- running

    boolean tryClaim() {
        return claim == 0 && CLAIM.compareAndSet(this, 0, 1);
    }

    void releaseClaim() {
        claim = 0;
    }

    /** Releases the claim and requeues the cell if work arrived meanwhile. */
    void releaseAndReschedule(WorkerPool pool) {
        claim = 0;
        if (hasWork() && tryClaim()) {
            pool.submit(this);
        }
    }

    /** The pinned thread is leaving: from now on the pool drains whatever still arrives. */
    void handOver(WorkerPool pool) {
        executor = pool;
        releaseAndReschedule(pool);
    }

    @Override
    public boolean hasWork() {
        MpscVarHandleArrayQueue<Object> m = mailbox;
        return !systemMessages.isEmpty()
                || (m != null && !m.isEmpty() && (!suspended || lifecycle != RUNNING));
    }

    /**
     * Runs runtime messages, then up to {@code limit} user messages; the caller holds the claim.
     * Returns how many messages it processed.
     */
    int runTurn(int limit) {
        ActorCell<?> previous = CURRENT.get();
        CURRENT.set(this);
        int processed = 0;
        try {
            processed = runSystemMessages();
            while (processed < limit && lifecycle == RUNNING && !suspended) {
                Object message = pollMailbox();
                if (message == null) {
                    break;
                }
                processed++;
                deliver(message);
                if (!systemMessages.isEmpty()) {
                    processed += runSystemMessages();
                }
            }
            if (lifecycle != RUNNING) {
                processed += drainMailbox();
                if (lifecycle == STOPPING && !hasChildren()) {
                    processed += finishStop();
                }
            }
        } finally {
            CURRENT.set(previous);
        }
        return processed;
    }

    private int runSystemMessages() {
        int processed = 0;
        SystemMessage message;
        while ((message = systemMessages.poll()) != null) {
            processed++;
            try {
                message.runInTurn(this);
            } catch (Throwable t) {
                // A callback the user chained on an ask reply threw; the reply's own stage holds it.
                LOG.log(Level.DEBUG, "runtime message for actor ''{0}'' threw", name, t);
            }
        }
        return processed;
    }

    private void deliver(Object message) {
        try {
            dispatcher.dispatch(instance, message);
        } catch (Throwable failure) {
            Reply<?> reply = dispatcher.replyOf(message);
            if (reply != null) {
                // The asker learns of the failure first, whatever the supervisor decides.
                reply.fail(failure);
            }
            LOG.log(Level.WARNING, "actor '" + path() + "' failed handling '"
                    + dispatcher.nameOf(message) + "'; its supervisor decides", failure);
            fail(Failure.of(failure, name));
        }
    }

    /** This actor failed: suspend it and let the parent decide. */
    private void fail(Failure failure) {
        suspended = true;
        rare().lastFailure = failure;
        parent.childFailed(this, failure);
    }

    private void onStart() {
        if (lifecycle != RUNNING || restarting || instance == null) {
            return;
        }
        startInstance();
    }

    /** Runs the started hook of a new instance, then lets it handle messages. */
    private void startInstance() {
        if (instance instanceof ActorLifecycle hooks) {
            try {
                hooks.started();
            } catch (Throwable failure) {
                LOG.log(Level.WARNING, "actor '" + path() + "' failed in started()", failure);
                fail(Failure.of(failure, name));
                return;
            }
        }
        proceed();
    }

    /** Handles user messages again, after delivering the notices that waited meanwhile. */
    private void proceed() {
        suspended = false;
        List<Termination> waiting = rare == null ? null : rare.deferredNotices;
        if (waiting != null) {
            rare.deferredNotices = null;
            for (int i = 0; i < waiting.size(); i++) {
                if (suspended) {
                    // A notice failed the actor: the rest wait for the next instance.
                    deferLater(waiting.subList(i, waiting.size()));
                    return;
                }
                notifyWatcher(waiting.get(i));
            }
        }
    }

    private void deferLater(List<Termination> notices) {
        RareState r = rare();
        if (r.deferredNotices == null) {
            r.deferredNotices = new ArrayList<>();
        }
        r.deferredNotices.addAll(0, notices);
    }

    private void onResume() {
        if (lifecycle != RUNNING || restarting) {
            return;
        }
        if (rare != null && rare.supervision != null) {
            for (Node child : rare.supervision.takeEscalated()) {
                child.resume();
            }
        }
        if (!suspended) {
            return;
        }
        if (instance == null) {
            LOG.log(Level.ERROR, "actor ''{0}'' cannot be resumed: it has no instance since its"
                    + " factory failed; stopping it", path());
            Failure last = rare == null ? null : rare.lastFailure;
            beginStop(last == null ? null : last.cause());
            return;
        }
        proceed();
    }

    private void beginRestart(Failure failure, long delayNanos) {
        if (lifecycle != RUNNING || restarting) {
            return;
        }
        restarting = true;
        suspended = true;
        A old = instance;
        instance = null;
        if (old instanceof ActorLifecycle hooks) {
            try {
                hooks.restarting(failure.cause());
            } catch (Throwable t) {
                LOG.log(Level.WARNING, "actor '" + path() + "' threw from restarting(); ignored", t);
            }
        }
        if (rare != null && rare.supervision != null) {
            rare.supervision.reset();
        }
        stopChildren();
        if (delayNanos > 0) {
            RareState r = rare();
            r.backoffPending = true;
            long generation = ++r.restartGeneration;
            core.schedule(delayNanos, () -> enqueueSystem(
                    cell -> backoffElapsed(generation)));
        }
        completeRestartIfReady();
    }

    private void backoffElapsed(long generation) {
        RareState r = rare();
        if (generation == r.restartGeneration && r.backoffPending) {
            r.backoffPending = false;
            completeRestartIfReady();
        }
    }

    /** Makes the fresh instance once the children have stopped and the back-off has passed. */
    private void completeRestartIfReady() {
        if (!restarting || (rare != null && rare.backoffPending) || lifecycle != RUNNING
                || hasChildren()) {
            return;
        }
        restarting = false;
        A fresh;
        try {
            fresh = newInstance();
        } catch (Throwable failure) {
            LOG.log(Level.ERROR, "actor '" + path() + "' could not be restarted: its factory"
                    + " failed", failure);
            fail(Failure.of(failure, name));
            return;
        }
        instance = fresh;
        rare().restarts++;
        startInstance();
    }

    private void onChildFailed(Node child, Failure failure) {
        if (lifecycle != RUNNING || restarting || !isChild(child)) {
            return; // the child is being stopped anyway
        }
        RareState r = rare();
        if (r.supervision == null) {
            r.supervision = new Supervision(strategy);
        }
        Supervision.Plan plan = r.supervision.decide(this, child, failure);
        Supervision.execute(plan, child, () -> fail(failure.escalatedBy(name)));
    }

    private void onChildTerminated(Node child) {
        removeChild(child);
        if (rare != null && rare.supervision != null) {
            rare.supervision.forget(child);
        }
        if (restarting) {
            completeRestartIfReady();
        }
    }

    private void onWatchNotice(Node target, Termination notice) {
        HashSet<Node> watched = rare == null ? null : rare.watching;
        if (watched == null || !watched.remove(target) || lifecycle != RUNNING) {
            return;
        }
        if (suspended || instance == null) {
            deferLater(List.of(notice));
            return;
        }
        notifyWatcher(notice);
    }

    private void notifyWatcher(Termination notice) {
        if (!(instance instanceof Watcher watcher)) {
            LOG.log(Level.WARNING, "actor ''{0}'' watched ''{1}'' but does not implement"
                    + " io.mycelium.Watcher; the termination notice is dropped", path(),
                    notice.actorName());
            return;
        }
        try {
            watcher.terminated(notice);
        } catch (Throwable failure) {
            LOG.log(Level.WARNING, "actor '" + path() + "' failed handling the termination of '"
                    + notice.actorName() + "'", failure);
            fail(Failure.of(failure, name));
        }
    }

    private void beginStop(Throwable cause) {
        if (lifecycle != RUNNING) {
            return;
        }
        lifecycle = STOPPING;
        if (cause != null) {
            rare().stopCause = cause;
        }
        drainMailbox();
        stopChildren();
    }

    /** Fails or dead-letters what is left in the mailbox. */
    private int drainMailbox() {
        int processed = 0;
        Object message;
        while ((message = pollMailbox()) != null) {
            processed++;
            Reply<?> reply = dispatcher.replyOf(message);
            if (reply != null) {
                reply.fail(new ActorTerminatedException(name,
                        "it stopped before handling ask '" + dispatcher.nameOf(message) + "'"));
            } else {
                core.deadLetters().record(name, dispatcher.nameOf(message), "actor stopped", message);
            }
        }
        return processed;
    }

    /** The children have stopped: the instance's last hook, then the termination. */
    private int finishStop() {
        A last = instance;
        if (last instanceof ActorLifecycle hooks) {
            try {
                hooks.stopping();
            } catch (Throwable t) {
                LOG.log(Level.WARNING, "actor '" + path() + "' threw from stopping(); ignored", t);
            }
        }
        int processed = drainMailbox() + runSystemMessages();
        lifecycle = STOPPED;
        instance = null;
        LOG.log(Level.DEBUG, "actor ''{0}'' in system ''{1}'' stopped", path(), core.name());
        terminated(rare == null ? null : rare.stopCause);
        return processed;
    }

    @Override
    public String toString() {
        return "ActorCell[" + name + "]";
    }
}
