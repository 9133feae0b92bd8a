package io.mycelium.internal;

import io.mycelium.IdleStrategy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs an {@link IdleStrategy} for one dispatcher thread, and wakes that thread when work
 * arrives while it is parked. The thread announces that it parks, then looks for work once more,
 * and a producer that sees the announcement unparks it, so no wake-up is ever lost.
 */
final class Idler {
    private static final VarHandle PARKED;

    static {
        try {
            PARKED = MethodHandles.lookup().findVarHandle(Idler.class, "parked", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final IdleStrategy strategy;
    private final int spins;
    private final int yields;
    private final long minParkNanos;
    private final long maxParkNanos;
    private volatile boolean parked;
    /** Idle but not parked: spinning or yielding, so it will see new work without a wake-up. */
    private volatile boolean searching;
    private volatile Thread owner;
    private int idleRounds;
    private long parkNanos;

    Idler(IdleStrategy strategy) {
        this.strategy = strategy;
        switch (strategy) {
            case IdleStrategy.BusySpin s -> {
                spins = Integer.MAX_VALUE;
                yields = 0;
                minParkNanos = 0;
                maxParkNanos = 0;
            }
            case IdleStrategy.Yielding y -> {
                spins = 100;
                yields = Integer.MAX_VALUE;
                minParkNanos = 0;
                maxParkNanos = 0;
            }
            case IdleStrategy.BackOff b -> {
                spins = b.spins();
                yields = b.yields();
                minParkNanos = b.minPark().toNanos();
                maxParkNanos = b.maxPark().toNanos();
            }
            case IdleStrategy.Parking p -> {
                spins = 0;
                yields = 0;
                minParkNanos = 0;
                maxParkNanos = 0;
            }
        }
        parkNanos = minParkNanos;
    }

    /** Binds this idler to the thread that runs it; call from that thread before idling. */
    void bindToCurrentThread() {
        owner = Thread.currentThread();
    }

    IdleStrategy strategy() {
        return strategy;
    }

    /** Work was found: the next idle period starts with spinning again. */
    void reset() {
        if (searching) {
            searching = false;
        }
        idleRounds = 0;
        parkNanos = minParkNanos;
    }

    /** One idle step: spin, yield or park, depending on how long the thread has been idle. */
    void idle(WorkSource source) {
        int round = idleRounds;
        if (round == 0) {
            searching = true;
        }
        if (round < spins) {
            idleRounds = round + 1;
            Thread.onSpinWait();
        } else if (round - spins < yields) {
            idleRounds = round + 1;
            Thread.yield();
        } else if (maxParkNanos == 0) {
            park(source, 0);
        } else {
            park(source, parkNanos);
            parkNanos = Math.min(parkNanos * 2, maxParkNanos);
        }
    }

    private void park(WorkSource source, long nanos) {
        // Stop counting as searching before announcing the park, so a producer that still sees
        // this thread searching has published its work before the re-check below.
        searching = false;
        parked = true;
        if (source.hasWork()) {
            parked = false;
            return;
        }
        if (nanos == 0) {
            LockSupport.park(this);
        } else {
            LockSupport.parkNanos(this, nanos);
        }
        parked = false;
        searching = true;
    }

    /** Whether the owner is idle and looking for work without being parked. */
    boolean isSearching() {
        return searching;
    }

    /** Whether the owner thread announced that it parks. */
    boolean isParked() {
        return parked;
    }

    /** Unparks the owner if it is parked; {@code true} if this call woke it. */
    boolean wake() {
        if (parked && PARKED.compareAndSet(this, true, false)) {
            LockSupport.unpark(owner);
            return true;
        }
        return false;
    }

    /** Unparks the owner whatever its state, e.g. to make it see a shutdown. */
    void wakeUnconditionally() {
        Thread t = owner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
