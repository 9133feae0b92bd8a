package io.mycelium.internal;

import io.mycelium.ActorTerminatedException;
import io.mycelium.MailboxFullException;
import io.mycelium.OverflowPolicy;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;
import org.jctools.queues.varhandle.MpscVarHandleArrayQueue;

/**
 * One live actor: its bounded mailbox, its current instance, and the state that guarantees one
 * message at a time.
 *
 * <p>At most one thread runs a cell at a time: whoever wins the <em>claim</em> flag (a worker of
 * the shared pool, or the actor's pinned thread for as long as the actor lives). Senders offer to
 * the mailbox and then make sure the cell is claimed and queued. Runtime messages (stop, replies
 * to the actor's own asks) travel in a separate unbounded queue that the turn runs first, so they
 * are never refused by a full mailbox; they are bounded by the actor's own outstanding asks.
 *
 * @param <A> the {@code @Actor} interface
 */
public final class ActorCell<A> implements Endpoint, WorkSource {
    private static final System.Logger LOG = System.getLogger(ActorCell.class.getName());
    private static final ThreadLocal<ActorCell<?>> CURRENT = new ThreadLocal<>();
    private static final VarHandle CLAIM;
    private static final int RUNNING = 0;
    private static final int STOPPING = 1;
    private static final int STOPPED = 2;
    private static final SystemMessage STOP = ActorCell::beginStop;
    private static final long BLOCK_SPINS = 200;
    private static final long BLOCK_MAX_PARK_NANOS = 50_000;

    static {
        try {
            CLAIM = MethodHandles.lookup().findVarHandle(ActorCell.class, "claim", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SystemCore core;
    private final String name;
    private final ActorDescriptor<A> descriptor;
    private final MessageDispatcher<A> dispatcher;
    private final Supplier<? extends A> factory;
    private final MpscVarHandleArrayQueue<Object> mailbox;
    private final int capacity;
    private final MpscUnboundedVarHandleArrayQueue<SystemMessage> systemMessages =
            new MpscUnboundedVarHandleArrayQueue<>(16);
    private final OverflowPolicy overflow;
    private final long askTimeoutNanos;
    private final A proxy;
    private final CompletableFuture<Void> termination = new CompletableFuture<>();
    private volatile CellExecutor executor;
    private volatile int claim;
    private volatile int lifecycle = RUNNING;
    private A instance;
    private long restarts;

    ActorCell(SystemCore core, String name, ActorDescriptor<A> descriptor,
            Supplier<? extends A> factory, A firstInstance, int capacity, OverflowPolicy overflow,
            long askTimeoutNanos) {
        this.core = core;
        this.name = name;
        this.descriptor = descriptor;
        this.dispatcher = descriptor.dispatcher();
        this.factory = factory;
        this.instance = firstInstance;
        this.capacity = capacity;
        this.mailbox = new MpscVarHandleArrayQueue<>(capacity);
        this.overflow = overflow;
        this.askTimeoutNanos = askTimeoutNanos;
        this.proxy = descriptor.newProxy(this);
    }

    /** The actor whose turn the calling thread is running, or {@code null}. */
    public static ActorCell<?> current() {
        return CURRENT.get();
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

    SystemCore core() {
        return core;
    }

    long restarts() {
        return restarts;
    }

    CompletableFuture<Void> termination() {
        return termination;
    }

    boolean isStopped() {
        return lifecycle == STOPPED;
    }

    /** Starts the cell on the shared pool. */
    void startShared(WorkerPool pool) {
        executor = pool;
    }

    /** Starts the cell on a pinned thread, which holds the claim until the actor stops. */
    void startPinned(PinnedRunner runner) {
        claim = 1;
        executor = runner;
    }

    // ---------------------------------------------------------------- sending

    @Override
    public void tell(Object message) {
        if (lifecycle == STOPPED) {
            core.deadLetters().record(name, dispatcher.nameOf(message), "actor is stopped");
            return;
        }
        if (!mailbox.offerIfBelowThreshold(message, capacity) && !overflowed(message, null)) {
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

    void ask(Object message, AskFuture<?> reply, long timeoutNanos) {
        if (lifecycle == STOPPED) {
            reply.fail(new ActorTerminatedException(name,
                    "ask '" + reply.messageName() + "' was not delivered"));
            return;
        }
        reply.arm(name, core.timer(), timeoutNanos);
        if (!mailbox.offerIfBelowThreshold(message, capacity) && !overflowed(message, reply)) {
            return;
        }
        executor.schedule(this);
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
                    core.deadLetters().record(name, dispatcher.nameOf(message), "mailbox full, dropped");
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
            if (mailbox.offerIfBelowThreshold(message, capacity)) {
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

    /** Asks the actor to stop after the message it is handling; the result completes when it has. */
    CompletableFuture<Void> stop() {
        enqueueSystem(STOP);
        return termination;
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
        return !mailbox.isEmpty() || !systemMessages.isEmpty();
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
            while (processed < limit && lifecycle == RUNNING) {
                Object message = mailbox.poll();
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
                processed += finishStop();
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
                // The asker learns of the failure: it is not lost, and the actor keeps its state.
                reply.fail(failure);
                return;
            }
            LOG.log(Level.WARNING, "actor '" + name + "' failed handling '"
                    + dispatcher.nameOf(message) + "'; restarting it with a fresh instance", failure);
            restart();
        }
    }

    private void restart() {
        A fresh;
        try {
            fresh = factory.get();
        } catch (Throwable failure) {
            LOG.log(Level.ERROR, "actor '" + name + "' could not be restarted: its factory threw;"
                    + " stopping it", failure);
            beginStop();
            return;
        }
        if (fresh == null) {
            LOG.log(Level.ERROR, "actor ''{0}'' could not be restarted: its factory returned null;"
                    + " stopping it", name);
            beginStop();
            return;
        }
        instance = fresh;
        restarts++;
    }

    private void beginStop() {
        if (lifecycle == RUNNING) {
            lifecycle = STOPPING;
        }
    }

    /** Fails or dead-letters what is left in the mailbox; the first call completes the stop. */
    private int finishStop() {
        int processed = 0;
        Object message;
        while ((message = mailbox.poll()) != null) {
            processed++;
            Reply<?> reply = dispatcher.replyOf(message);
            if (reply != null) {
                reply.fail(new ActorTerminatedException(name,
                        "it stopped before handling ask '" + dispatcher.nameOf(message) + "'"));
            } else {
                core.deadLetters().record(name, dispatcher.nameOf(message), "actor stopped");
            }
        }
        processed += runSystemMessages();
        if (lifecycle == STOPPING) {
            lifecycle = STOPPED;
            instance = null;
            core.terminated(this);
            termination.complete(null);
        }
        return processed;
    }

    @Override
    public String toString() {
        return "ActorCell[" + name + "]";
    }
}
