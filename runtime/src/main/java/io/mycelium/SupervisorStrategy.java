package io.mycelium;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a parent handles the failures of its children (Erlang/OTP supervision): which children a
 * failure concerns, what to do per exception type, how many restarts are tolerated, and how long
 * to wait before each.
 *
 * <pre>{@code
 * SupervisorStrategy strategy = SupervisorStrategy.oneForOne()
 *         .on(IllegalArgumentException.class, Decision.RESUME)   // bad input: keep the state
 *         .on(IOException.class, Decision.RESTART)
 *         .maxRestarts(5, Duration.ofSeconds(30))                 // more: escalate to the parent
 *         .backoff(Duration.ofMillis(10), Duration.ofSeconds(1)); // 10 ms, 20 ms, 40 ms, ... 1 s
 *
 * system.spawn(Team.class, "team", TeamImpl::new, SpawnOptions.defaults().supervisor(strategy));
 * }</pre>
 *
 * <p>A failure is an exception thrown by a handler (tell or ask), by
 * {@link ActorLifecycle#started()} or {@link Watcher#terminated(Termination)}, or by the actor's
 * factory on a restart. The failed child is suspended (its mailbox keeps filling, nothing is
 * handled) until its parent has decided. When the failed message was an ask, the ask completes
 * with the exception before anything else happens: its caller always learns of the failure.
 * An ask handler that wants to answer with an error <em>without</em> failing the actor returns a
 * failed stage ({@code CompletableFuture.failedFuture(e)}) instead of throwing.
 *
 * <p>The decision for an exception is the one given with {@link #on} for the nearest class in its
 * superclass chain. Unless overridden: any {@link Exception} restarts, any other
 * {@link Throwable} (an {@link Error}) escalates. Intensity: by default at most 10 restarts
 * within 10 seconds (counted per child under one-for-one, per parent under one-for-all and
 * rest-for-one); one more is escalated instead. Back-off: none by default.
 *
 * <p>Immutable; every method returns a copy. Set it per parent with
 * {@link SpawnOptions#supervisor(SupervisorStrategy)} (for the children of that actor),
 * {@link ActorSystem#supervisor(String, SupervisorStrategy)}, {@link Pool#supervisor} and
 * {@link ActorSystem.Builder#supervisor(SupervisorStrategy)} (for top-level actors).
 */
public final class SupervisorStrategy {
    private static final SupervisorStrategy ONE_FOR_ONE = new SupervisorStrategy(Scope.ONE_FOR_ONE,
            defaultRules(), 10, Duration.ofSeconds(10), Duration.ZERO, Duration.ZERO);

    /** Which children a decision about one failed child applies to. */
    public enum Scope {
        /** Only the child that failed. */
        ONE_FOR_ONE,
        /** Every child of the parent: use when the children depend on each other. */
        ONE_FOR_ALL,
        /** The child that failed and the children started after it, which depend on it. */
        REST_FOR_ONE
    }

    private final Scope scope;
    private final Map<Class<? extends Throwable>, Decision> rules;
    private final int maxRestarts;
    private final Duration within;
    private final Duration minBackoff;
    private final Duration maxBackoff;

    private SupervisorStrategy(Scope scope, Map<Class<? extends Throwable>, Decision> rules,
            int maxRestarts, Duration within, Duration minBackoff, Duration maxBackoff) {
        this.scope = scope;
        this.rules = rules;
        this.maxRestarts = maxRestarts;
        this.within = within;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
    }

    private static Map<Class<? extends Throwable>, Decision> defaultRules() {
        Map<Class<? extends Throwable>, Decision> rules = new LinkedHashMap<>();
        rules.put(Exception.class, Decision.RESTART);
        rules.put(Throwable.class, Decision.ESCALATE);
        return Map.copyOf(rules);
    }

    /** The default strategy: {@link #oneForOne()} with its defaults. */
    public static SupervisorStrategy defaults() {
        return ONE_FOR_ONE;
    }

    /** A decision applies to the failed child only (the default). */
    public static SupervisorStrategy oneForOne() {
        return ONE_FOR_ONE;
    }

    /** A restart or stop applies to every child of the parent. */
    public static SupervisorStrategy oneForAll() {
        return ONE_FOR_ONE.scope(Scope.ONE_FOR_ALL);
    }

    /** A restart or stop applies to the failed child and every child started after it. */
    public static SupervisorStrategy restForOne() {
        return ONE_FOR_ONE.scope(Scope.REST_FOR_ONE);
    }

    private SupervisorStrategy scope(Scope newScope) {
        return new SupervisorStrategy(newScope, rules, maxRestarts, within, minBackoff, maxBackoff);
    }

    /**
     * A copy that decides {@code decision} for failures of class {@code type} and its subclasses,
     * unless a rule for a nearer superclass of the failure exists.
     */
    public SupervisorStrategy on(Class<? extends Throwable> type, Decision decision) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decision, "decision");
        Map<Class<? extends Throwable>, Decision> copy = new LinkedHashMap<>(rules);
        copy.put(type, decision);
        return new SupervisorStrategy(scope, Map.copyOf(copy), maxRestarts, within, minBackoff,
                maxBackoff);
    }

    /**
     * A copy that tolerates at most {@code restarts} restarts within {@code within} (0: none); a
     * restart beyond that is escalated to the parent instead.
     */
    public SupervisorStrategy maxRestarts(int restarts, Duration within) {
        if (restarts < 0) {
            throw new IllegalArgumentException("maxRestarts must be 0 or more, got " + restarts);
        }
        positive(within, "within");
        return new SupervisorStrategy(scope, rules, restarts, within, minBackoff, maxBackoff);
    }

    /**
     * A copy that waits before each restart: {@code min} before the first restart within the
     * intensity window, twice as long before the next, and so on, at most {@code max}. While it
     * waits, the actor's mailbox keeps its messages and accepts new ones.
     */
    public SupervisorStrategy backoff(Duration min, Duration max) {
        positive(min, "min");
        positive(max, "max");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max back-off " + max + " is shorter than min " + min);
        }
        return new SupervisorStrategy(scope, rules, maxRestarts, within, min, max);
    }

    /** The decision for {@code failure}: the rule for the nearest class in its superclass chain. */
    public Decision decide(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            Decision decision = rules.get(type);
            if (decision != null) {
                return decision;
            }
        }
        return Decision.ESCALATE;
    }

    /** Which children a decision applies to. */
    public Scope scope() {
        return scope;
    }

    /** The most restarts tolerated within {@link #within()}. */
    public int maxRestarts() {
        return maxRestarts;
    }

    /** The window in which {@link #maxRestarts()} restarts are tolerated. */
    public Duration within() {
        return within;
    }

    /** The wait before the first restart in a window; zero for none. */
    public Duration minBackoff() {
        return minBackoff;
    }

    /** The longest wait before a restart; zero for none. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    private static void positive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return "SupervisorStrategy[" + scope + ", rules=" + rules + ", maxRestarts=" + maxRestarts
                + " within " + within + (minBackoff.isZero() ? "" : ", backoff " + minBackoff + ".."
                + maxBackoff) + "]";
    }
}
