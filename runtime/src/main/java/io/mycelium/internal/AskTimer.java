package io.mycelium.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Times asks out: a hashed wheel of one-millisecond ticks whose buckets are intrusive lists of
 * {@link AskFuture}s, so scheduling and cancelling an ask allocate nothing. One thread ticks the
 * wheel while asks are pending and looks in only every {@value #IDLE_MILLIS} ms when none are.
 * An ask wakes it only when its deadline comes before the thread's next look: with the usual
 * timeouts of seconds, asking never pays for an unpark (a system call, and a thread woken on a
 * small machine's other core) the way it would if the idle thread parked for good.
 */
final class AskTimer implements Runnable {
    private static final System.Logger LOG = System.getLogger(AskTimer.class.getName());
    private static final long TICK_NANOS = 1_000_000L;
    private static final int WHEEL_SIZE = 4096;
    static final long IDLE_MILLIS = 50;
    private static final long IDLE_NANOS = IDLE_MILLIS * 1_000_000L;

    static final class Bucket {
        AskFuture<?> head;
    }

    private final Object lock = new Object();
    private final Bucket[] wheel = new Bucket[WHEEL_SIZE];
    private final long origin = System.nanoTime();
    private final Thread thread;
    private long processedTick;
    private int pending;
    /** When the timer thread looks at the wheel next; guarded by the lock. */
    private long nextLook = origin;
    private volatile boolean running = true;

    AskTimer(String systemName) {
        for (int i = 0; i < WHEEL_SIZE; i++) {
            wheel[i] = new Bucket();
        }
        thread = new Thread(this, "mycelium-" + systemName + "-ask-timer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds {@code ask} to the wheel; {@code false} once the timer is closed. */
    boolean schedule(AskFuture<?> ask, long deadline) {
        boolean wake;
        synchronized (lock) {
            if (!running) {
                return false;
            }
            // Round up: the bucket's tick must not come before the deadline, or the wheel
            // would pass the ask unexpired and reach it again only a whole lap later.
            long tick = Math.max((deadline - origin + TICK_NANOS - 1) / TICK_NANOS, processedTick);
            Bucket bucket = wheel[(int) (tick & (WHEEL_SIZE - 1))];
            ask.deadline = deadline;
            ask.timerBucket = bucket;
            ask.timerPrev = null;
            ask.timerNext = bucket.head;
            if (bucket.head != null) {
                bucket.head.timerPrev = ask;
            }
            bucket.head = ask;
            pending++;
            wake = deadline - nextLook < 0;
        }
        if (wake) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    /** How many asks wait in the wheel. */
    int pendingCount() {
        synchronized (lock) {
            return pending;
        }
    }

    void cancel(AskFuture<?> ask) {
        synchronized (lock) {
            unlink(ask);
        }
    }

    private void unlink(AskFuture<?> ask) {
        Bucket bucket = ask.timerBucket;
        if (bucket == null) {
            return;
        }
        if (ask.timerPrev != null) {
            ask.timerPrev.timerNext = ask.timerNext;
        } else {
            bucket.head = ask.timerNext;
        }
        if (ask.timerNext != null) {
            ask.timerNext.timerPrev = ask.timerPrev;
        }
        ask.timerPrev = null;
        ask.timerNext = null;
        ask.timerBucket = null;
        pending--;
    }

    @Override
    public void run() {
        List<AskFuture<?>> expired = new ArrayList<>();
        while (running) {
            long now = System.nanoTime();
            long nowTick = (now - origin) / TICK_NANOS;
            boolean nothingPending;
            synchronized (lock) {
                // Never scan more than one lap: every bucket has been visited by then.
                long from = Math.max(processedTick, nowTick - WHEEL_SIZE + 1);
                for (long tick = from; tick <= nowTick; tick++) {
                    Bucket bucket = wheel[(int) (tick & (WHEEL_SIZE - 1))];
                    AskFuture<?> ask = bucket.head;
                    while (ask != null) {
                        AskFuture<?> next = ask.timerNext;
                        if (ask.deadline - now <= 0) {
                            unlink(ask);
                            expired.add(ask);
                        }
                        ask = next;
                    }
                }
                processedTick = nowTick + 1;
                nothingPending = pending == 0;
                nextLook = now + (nothingPending ? IDLE_NANOS : TICK_NANOS);
            }
            for (AskFuture<?> ask : expired) {
                try {
                    ask.timeOut();
                } catch (RuntimeException | Error e) {
                    LOG.log(Level.ERROR, "completing a timed-out ask failed", e);
                }
            }
            expired.clear();
            if (nothingPending) {
                LockSupport.parkNanos(this, IDLE_NANOS);
            } else {
                LockSupport.parkNanos(this, TICK_NANOS);
            }
        }
    }

    /** Stops the timer and fails every ask still pending with {@code failure}. */
    void close(Function<AskFuture<?>, Throwable> failure) {
        synchronized (lock) {
            running = false;
        }
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<AskFuture<?>> left = new ArrayList<>();
        synchronized (lock) {
            for (Bucket bucket : wheel) {
                while (bucket.head != null) {
                    AskFuture<?> ask = bucket.head;
                    unlink(ask);
                    left.add(ask);
                }
            }
        }
        for (AskFuture<?> ask : left) {
            ask.fail(failure.apply(ask));
        }
    }
}
