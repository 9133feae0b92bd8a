package io.mycelium.internal;

import io.mycelium.ActorTerminatedException;
import io.mycelium.AskTimeoutException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * The future an ask returns, and the {@link Reply} its message carries.
 *
 * <p>The first outcome wins: the handler's value or exception, a timeout, or a termination.
 * When the ask was made by an actor, the outcome is not applied on the answering thread but sent
 * to the asking actor as a system message, so that callbacks chained on this future run on the
 * asker's turn and may touch its state without locks. Blocking on the future from the asker's own
 * turn ({@link #join()}, {@link #get()}) is not a deadlock: the outcome is then applied in place.
 *
 * @param <T> the reply type
 */
public final class AskFuture<T> extends CompletableFuture<T> implements Reply<T>, SystemMessage {
    private static final VarHandle OUTCOME;
    private static final Object NULL_VALUE = new Object();
    /**
     * How long a blocking caller spins, then yields, before it parks: an answer usually comes
     * within a few microseconds, while waking a parked thread costs tens of them on VMs.
     */
    private static final long SPIN_NANOS = 5_000;
    private static final long YIELD_NANOS = 0;

    static {
        try {
            OUTCOME = MethodHandles.lookup().findVarHandle(AskFuture.class, "outcome", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ActorCell<?> resumeIn;
    private final String messageName;
    private String targetName;
    private long timeoutNanos;
    private AskTimer timer;
    private volatile Object outcome;
    private volatile Thread waiter;

    // Links of the timer's wheel, guarded by the timer's lock.
    AskFuture<?> timerPrev;
    AskFuture<?> timerNext;
    AskTimer.Bucket timerBucket;
    long deadline;

    AskFuture(ActorCell<?> resumeIn, String messageName) {
        this.resumeIn = resumeIn;
        this.messageName = messageName;
    }

    /**
     * A future for an ask made by the calling thread: when that thread is running an actor's
     * turn, the outcome resumes in that actor.
     */
    public static <T> AskFuture<T> forCaller(String messageName) {
        return new AskFuture<>(ActorCell.current(), messageName);
    }

    /** Starts the timeout of this ask, sent to {@code targetName}, on {@code core}'s timer. */
    public void arm(String targetName, SystemCore core, long timeoutNanos) {
        arm(targetName, core.timer(), timeoutNanos);
    }

    /** Starts the timeout of this ask unless it was started before (a retried delivery). */
    void armOnce(String targetName, AskTimer askTimer, long timeoutNanos) {
        if (timer == null) {
            arm(targetName, askTimer, timeoutNanos);
        }
    }

    /** Starts the timeout of this ask, sent to {@code targetName}. */
    void arm(String targetName, AskTimer timer, long timeoutNanos) {
        this.targetName = targetName;
        this.timeoutNanos = timeoutNanos;
        this.timer = timer;
        if (!timer.schedule(this, System.nanoTime() + timeoutNanos)) {
            fail(new ActorTerminatedException(targetName, "its actor system is closed"));
        }
    }

    /** The name of the method this ask calls. */
    public String messageName() {
        return messageName;
    }

    String targetName() {
        return targetName;
    }

    @Override
    public void succeed(T value) {
        settle(value == null ? NULL_VALUE : value);
    }

    @Override
    public void fail(Throwable cause) {
        settle(new Failure(cause));
    }

    void timeOut() {
        settle(new Failure(new AskTimeoutException(targetName, messageName,
                Duration.ofNanos(timeoutNanos))));
    }

    private void settle(Object result) {
        if (!OUTCOME.compareAndSet(this, null, result)) {
            return;
        }
        AskTimer t = timer;
        if (t != null) {
            t.cancel(this);
        }
        if (resumeIn == null) {
            applyOutcome();
        } else {
            resumeIn.enqueueSystem(this);
        }
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    @SuppressWarnings("unchecked")
    private void applyOutcome() {
        Object result = outcome;
        if (result instanceof Failure failure) {
            completeExceptionally(failure.cause());
        } else {
            complete(result == NULL_VALUE ? null : (T) result);
        }
    }

    @Override
    public void runInTurn(ActorCell<?> cell) {
        applyOutcome();
    }

    @Override
    public T join() {
        awaitOnOwnTurn(0);
        spinBriefly(SPIN_NANOS + YIELD_NANOS);
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        awaitOnOwnTurn(0);
        spinBriefly(SPIN_NANOS + YIELD_NANOS);
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = Math.max(1, unit.toNanos(timeout));
        if (!awaitOnOwnTurn(nanos)) {
            throw new TimeoutException("ask '" + messageName + "' to actor '" + targetName
                    + "' was not answered within " + unit.toMillis(timeout) + " ms");
        }
        long spun = spinBriefly(Math.min(nanos, SPIN_NANOS + YIELD_NANOS));
        return super.get(Math.max(0, nanos - spun), TimeUnit.NANOSECONDS);
    }

    /**
     * Spins, then yields, until the future is done or {@code maxNanos} have passed; returns the
     * nanoseconds spent. The caller then blocks the ordinary way if it must.
     */
    private long spinBriefly(long maxNanos) {
        if (isDone()) {
            return 0;
        }
        long start = System.nanoTime();
        long elapsed = 0;
        for (int i = 1; !isDone(); i++) {
            if ((i & 63) != 0) {
                Thread.onSpinWait();
                continue;
            }
            elapsed = System.nanoTime() - start;
            if (elapsed >= maxNanos) {
                break;
            }
            if (elapsed >= SPIN_NANOS) {
                Thread.yield();
            }
        }
        return elapsed;
    }

    /**
     * An actor blocking on its own ask would wait for a system message that only its own turn can
     * run; instead wait for the outcome itself and apply it here, on that same turn. Returns
     * {@code false} only when {@code maxNanos} (0: no limit) ran out first.
     */
    private boolean awaitOnOwnTurn(long maxNanos) {
        if (resumeIn == null || isDone() || ActorCell.current() != resumeIn) {
            return true;
        }
        long deadline = System.nanoTime() + maxNanos;
        waiter = Thread.currentThread();
        try {
            while (outcome == null) {
                if (maxNanos == 0) {
                    LockSupport.park(this);
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    LockSupport.parkNanos(this, left);
                }
            }
        } finally {
            waiter = null;
        }
        applyOutcome();
        return true;
    }

    private record Failure(Throwable cause) {
    }
}
