package io.mycelium;

import java.util.Objects;

/**
 * How to spawn a worker pool: {@code size} instances of one implementation behind one typed
 * reference, which routes every call to one member.
 *
 * <pre>{@code
 * Resizer resizer = system.spawnPool(Resizer.class, "resizers", Pool.leastLoaded(4), ResizerImpl::new);
 * resizer.resize(image);   // goes to the member with the fewest queued messages
 * }</pre>
 *
 * <p>Members are named {@code name.1} to {@code name.<size>} and are children of the pool, which
 * supervises them with its {@link #supervisor(SupervisorStrategy) strategy} (default
 * {@link SupervisorStrategy#defaults()}); a restarted member keeps its place. The router skips
 * members that have stopped; the pool stops when its last member has. Stopping or watching the
 * pool's reference stops or watches the whole pool. Messages from one sender are ordered per
 * member only, not across the pool.
 */
public final class Pool {
    /** How a pool picks the member for each call. */
    public enum Routing {
        /** Members in turn: exactly even counts for a single sender. */
        ROUND_ROBIN,
        /** The member with the fewest queued messages; the first such member on a tie. */
        LEAST_LOADED
    }

    private final int size;
    private final Routing routing;
    private final SupervisorStrategy supervisor;

    private Pool(int size, Routing routing, SupervisorStrategy supervisor) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + size);
        }
        this.size = size;
        this.routing = routing;
        this.supervisor = supervisor;
    }

    /** {@code size} members taking calls in turn. */
    public static Pool roundRobin(int size) {
        return new Pool(size, Routing.ROUND_ROBIN, SupervisorStrategy.defaults());
    }

    /** {@code size} members; each call goes to the one with the fewest queued messages. */
    public static Pool leastLoaded(int size) {
        return new Pool(size, Routing.LEAST_LOADED, SupervisorStrategy.defaults());
    }

    /** A copy whose members are supervised by {@code strategy}. */
    public Pool supervisor(SupervisorStrategy strategy) {
        return new Pool(size, routing, Objects.requireNonNull(strategy, "strategy"));
    }

    /** The number of members. */
    public int size() {
        return size;
    }

    /** How calls are routed. */
    public Routing routing() {
        return routing;
    }

    /** How the pool supervises its members. */
    public SupervisorStrategy supervisor() {
        return supervisor;
    }

    @Override
    public String toString() {
        return "Pool[" + size + ", " + routing + "]";
    }
}
