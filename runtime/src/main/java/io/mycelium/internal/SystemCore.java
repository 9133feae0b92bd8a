package io.mycelium.internal;

import io.mycelium.ActorNameInUseException;
import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorTerminatedException;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.MyceliumException;
import io.mycelium.SpawnOptions;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The inside of an {@link io.mycelium.ActorSystem}: registry, dispatchers, timer, dead letters. */
public final class SystemCore {
    private static final System.Logger LOG = System.getLogger(SystemCore.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,254}");

    private final String name;
    private final int defaultMailboxCapacity;
    private final long defaultAskTimeoutNanos;
    private final Duration shutdownTimeout;
    private final boolean daemon;
    private final WorkerPool pool;
    private final AskTimer timer;
    private final DeadLetters deadLetters;
    private final ConcurrentHashMap<String, ActorCell<?>> registry = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Thread> pinnedThreads = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<Void> closeDone = new CompletableFuture<>();

    /** Starts the worker threads and the timer of a new system. */
    public SystemCore(String name, int threads, int throughput, int defaultMailboxCapacity,
            Duration defaultAskTimeout, IdleStrategy workerIdleStrategy, Duration shutdownTimeout,
            boolean daemon) {
        this.name = name;
        this.defaultMailboxCapacity = defaultMailboxCapacity;
        this.defaultAskTimeoutNanos = defaultAskTimeout.toNanos();
        this.shutdownTimeout = shutdownTimeout;
        this.daemon = daemon;
        this.deadLetters = new DeadLetters(name);
        this.timer = new AskTimer(name);
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

    /** Spawns an actor; see {@link io.mycelium.ActorSystem#spawn}. */
    public <A> A spawn(Class<A> type, String actorName, Supplier<? extends A> factory,
            SpawnOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorName, "name");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(options, "options");
        ensureOpen();
        if (!NAME.matcher(actorName).matches()) {
            throw new IllegalArgumentException("invalid actor name '" + actorName + "': use 1-255"
                    + " letters, digits, '_', '.' or '-', not starting with '.' or '-'");
        }
        ActorDescriptor<A> descriptor = Descriptors.of(type);
        A instance = factory.get();
        if (instance == null) {
            throw new NullPointerException("the factory of actor '" + actorName + "' returned null");
        }
        if (instance instanceof ActorProxy) {
            throw new IllegalArgumentException("the factory of actor '" + actorName
                    + "' returned an actor reference; it must return a new implementation instance");
        }
        int capacity = options.mailboxCapacity() > 0 ? options.mailboxCapacity() : defaultMailboxCapacity;
        long askTimeout = options.askTimeout() != null
                ? options.askTimeout().toNanos() : defaultAskTimeoutNanos;
        ActorCell<A> cell = new ActorCell<>(this, actorName, descriptor, factory, instance, capacity,
                options.overflow(), askTimeout);
        if (registry.putIfAbsent(actorName, cell) != null) {
            throw new ActorNameInUseException(name, actorName);
        }
        switch (options.dispatcher()) {
            case Dispatcher.Shared s -> cell.startShared(pool);
            case Dispatcher.Pinned p -> {
                PinnedRunner runner = new PinnedRunner(cell, new Idler(p.idleStrategy()), pool);
                cell.startPinned(runner);
                Thread thread = threadFactory("mycelium-" + name + "-pinned-" + actorName + "-")
                        .newThread(runner);
                pinnedThreads.add(thread);
                thread.start();
            }
        }
        return cell.proxy();
    }

    /** Finds a local actor by name; see {@link io.mycelium.ActorSystem#lookup}. */
    public <A> A lookupLocal(Class<A> type, String actorName) {
        Objects.requireNonNull(type, "type");
        ensureOpen();
        ActorCell<?> cell = registry.get(actorName);
        if (cell == null) {
            throw new ActorNotFoundException("actor system '" + name + "' has no actor named '"
                    + actorName + "'");
        }
        Class<?> actual = cell.descriptor().actorType();
        if (actual != type) {
            throw new ActorNotFoundException("actor '" + actorName + "' in system '" + name
                    + "' implements " + actual.getName() + ", not " + type.getName());
        }
        return type.cast(cell.proxy());
    }

    /** Stops the actor behind {@code ref}; see {@link io.mycelium.ActorSystem#stop}. */
    public CompletableFuture<Void> stop(Object ref) {
        ActorCell<?> cell = cellOf(ref);
        if (cell.core() != this) {
            throw new IllegalArgumentException(ref + " belongs to actor system '"
                    + cell.core().name() + "', not '" + name + "'");
        }
        return cell.stop();
    }

    /** The same actor as {@code ref}, with asks timing out after {@code timeout}. */
    public static <A> A withAskTimeout(A ref, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ask timeout must be positive, got " + timeout);
        }
        ActorCell<?> cell = cellOf(ref);
        @SuppressWarnings("unchecked")
        ActorDescriptor<A> descriptor = (ActorDescriptor<A>) cell.descriptor();
        return descriptor.newProxy(new TimeoutView(cell, timeout.toNanos()));
    }

    private static ActorCell<?> cellOf(Object ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref instanceof ActorProxy proxy) {
            Endpoint endpoint = proxy.endpoint();
            if (endpoint instanceof ActorCell<?> cell) {
                return cell;
            }
            if (endpoint instanceof TimeoutView view) {
                return view.cell();
            }
        }
        throw new IllegalArgumentException(ref + " is not a reference returned by spawn or lookup");
    }

    void terminated(ActorCell<?> cell) {
        registry.remove(cell.name(), cell);
        LOG.log(Level.DEBUG, "actor ''{0}'' in system ''{1}'' stopped", cell.name(), name);
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

    /**
     * Stops every actor (their pending asks fail with {@link ActorTerminatedException}), fails the
     * asks still waiting for a reply, and joins the system's threads. Idempotent.
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            if (ActorCell.current() == null) {
                closeDone.join();
            }
            return;
        }
        try {
            ActorCell<?> self = ActorCell.current();
            List<ActorCell<?>> cells = new ArrayList<>(registry.values());
            for (ActorCell<?> cell : cells) {
                cell.stop();
            }
            long deadline = System.nanoTime() + shutdownTimeout.toNanos();
            for (ActorCell<?> cell : cells) {
                if (cell == self) {
                    continue;
                }
                try {
                    cell.termination().get(Math.max(0, deadline - System.nanoTime()),
                            TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    LOG.log(Level.WARNING, "actor ''{0}'' did not stop within {1} ms; is its handler"
                            + " blocked?", cell.name(), shutdownTimeout.toMillis());
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "actor '" + cell.name() + "' failed while stopping", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            timer.close(ask -> new ActorTerminatedException(ask.targetName(),
                    "actor system '" + name + "' closed before ask '" + ask.messageName()
                    + "' was answered"));
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
}
