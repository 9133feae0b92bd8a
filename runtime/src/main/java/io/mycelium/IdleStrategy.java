package io.mycelium;

import java.time.Duration;
import java.util.Objects;

/**
 * What a dispatcher thread does while it has no message to process.
 *
 * <p>Waking a parked thread costs tens of microseconds on virtual machines, so a thread that
 * spins briefly before it parks answers much faster; one that spins forever answers fastest and
 * burns a core. Choose per {@link Dispatcher#pinned(IdleStrategy) pinned dispatcher}:
 *
 * <ul>
 *   <li>{@link #busySpin()}: never yields the core; lowest latency, one core at 100%.
 *   <li>{@link #yielding()}: spins, then {@code Thread.yield()}s; never parks.
 *   <li>{@link #backoff()}: spins, then yields, then parks with growing pauses, and is woken at
 *       once when a message arrives. The default of the shared dispatcher.
 *   <li>{@link #parking()}: parks at once until a message arrives; cheapest when idle, slowest to
 *       answer.
 * </ul>
 */
public sealed interface IdleStrategy {

    /** Spin on the CPU without ever yielding it. */
    static IdleStrategy busySpin() {
        return BusySpin.INSTANCE;
    }

    /** Spin briefly, then yield the CPU to other threads, never park. */
    static IdleStrategy yielding() {
        return Yielding.INSTANCE;
    }

    /** Spin, then yield, then park; the defaults suit a 2-8 core machine. */
    static IdleStrategy backoff() {
        return BackOff.DEFAULT;
    }

    /**
     * Spin {@code spins} times, yield {@code yields} times, then park for pauses doubling from
     * {@code minPark} to {@code maxPark}; a message arriving wakes the thread at once.
     */
    static IdleStrategy backoff(int spins, int yields, Duration minPark, Duration maxPark) {
        return new BackOff(spins, yields, minPark, maxPark);
    }

    /** Park until a message arrives. */
    static IdleStrategy parking() {
        return Parking.INSTANCE;
    }

    /** See {@link IdleStrategy#busySpin()}. */
    enum BusySpin implements IdleStrategy {
        /** The only instance. */
        INSTANCE
    }

    /** See {@link IdleStrategy#yielding()}. */
    enum Yielding implements IdleStrategy {
        /** The only instance. */
        INSTANCE
    }

    /** See {@link IdleStrategy#parking()}. */
    enum Parking implements IdleStrategy {
        /** The only instance. */
        INSTANCE
    }

    /**
     * See {@link IdleStrategy#backoff(int, int, Duration, Duration)}.
     *
     * @param spins busy spins before yielding; zero or more
     * @param yields yields before parking; zero or more
     * @param minPark first park duration; positive
     * @param maxPark longest park duration; at least {@code minPark}
     */
    record BackOff(int spins, int yields, Duration minPark, Duration maxPark) implements IdleStrategy {
        static final BackOff DEFAULT =
                new BackOff(2_000, 50, Duration.ofNanos(1_000), Duration.ofMillis(1));

        /** Validates the parameters. */
        public BackOff {
            Objects.requireNonNull(minPark, "minPark");
            Objects.requireNonNull(maxPark, "maxPark");
            if (spins < 0 || yields < 0) {
                throw new IllegalArgumentException("spins and yields must be >= 0");
            }
            if (minPark.isNegative() || minPark.isZero() || maxPark.compareTo(minPark) < 0) {
                throw new IllegalArgumentException("need 0 < minPark <= maxPark, got "
                        + minPark + " and " + maxPark);
            }
        }
    }
}
