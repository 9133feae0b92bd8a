package io.mycelium.internal;

import io.mycelium.Decision;
import io.mycelium.SupervisorStrategy;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parent's side of supervision: its strategy, the restart history that intensity and back-off
 * are computed from, and the children whose failures it escalated. Confined to the parent: used on
 * an actor's turn, or under a {@link SupervisorNode}'s monitor.
 */
final class Supervision {
    private static final System.Logger LOG = System.getLogger("io.mycelium.supervision");

    /** What to do, computed under the parent's confinement and carried out after it. */
    record Plan(Decision decision, Failure failure, List<Node> targets, long delayNanos) {
    }

    private final SupervisorStrategy strategy;
    private final long windowNanos;
    private final long minBackoffNanos;
    private final long maxBackoffNanos;
    private final Map<Node, ArrayDeque<Long>> perChild = new HashMap<>();
    private final ArrayDeque<Long> group = new ArrayDeque<>();
    private final Set<Node> escalated = new HashSet<>();

    Supervision(SupervisorStrategy strategy) {
        this.strategy = strategy;
        this.windowNanos = strategy.within().toNanos();
        this.minBackoffNanos = strategy.minBackoff().toNanos();
        this.maxBackoffNanos = strategy.maxBackoff().toNanos();
    }

    /**
     * Decides about {@code child}'s {@code failure}. {@code parent} names the deciding node for
     * logs; {@code children} gives the siblings a restart concerns.
     */
    Plan decide(Node parent, Node child, Failure failure) {
        Decision decision = strategy.decide(failure.cause());
        long delay = 0;
        if (decision == Decision.RESTART) {
            ArrayDeque<Long> history = strategy.scope() == SupervisorStrategy.Scope.ONE_FOR_ONE
                    ? perChild.computeIfAbsent(child, c -> new ArrayDeque<>()) : group;
            long now = System.nanoTime();
            while (!history.isEmpty() && now - history.peekFirst() > windowNanos) {
                history.pollFirst();
            }
            if (history.size() >= strategy.maxRestarts()) {
                LOG.log(Level.WARNING, "''{0}'' reached its restart intensity ({1} restarts within"
                        + " {2} ms) with ''{3}'' failing again; escalating", name(parent),
                        strategy.maxRestarts(), strategy.within().toMillis(), child.name);
                decision = Decision.ESCALATE;
            } else {
                history.addLast(now);
                if (minBackoffNanos > 0) {
                    int shift = Math.min(history.size() - 1, 40);
                    delay = minBackoffNanos << shift;
                    if (delay <= 0 || delay > maxBackoffNanos) {
                        delay = maxBackoffNanos;
                    }
                }
            }
        }
        List<Node> targets = switch (decision) {
            case RESTART, STOP -> switch (strategy.scope()) {
                case ONE_FOR_ONE -> List.of(child);
                case ONE_FOR_ALL -> parent.children();
                case REST_FOR_ONE -> parent.childrenFrom(child);
            };
            case RESUME, ESCALATE -> List.of(child);
        };
        if (decision == Decision.ESCALATE) {
            escalated.add(child);
        }
        LOG.log(Level.DEBUG, "''{0}'' decided {1} for {2} after {3}", name(parent), decision,
                targets.stream().map(n -> n.name).toList(), failure.cause());
        return new Plan(decision, failure, targets, delay);
    }

    /** Carries out {@code plan}; outside the parent's monitor. {@code escalate} fails the parent. */
    static void execute(Plan plan, Node failedChild, Runnable escalate) {
        switch (plan.decision()) {
            case RESUME -> failedChild.resume();
            case RESTART -> {
                for (Node target : plan.targets()) {
                    target.restart(plan.failure(), plan.delayNanos());
                }
            }
            case STOP -> {
                for (Node target : plan.targets()) {
                    target.stop(target == failedChild ? plan.failure().cause() : null);
                }
            }
            case ESCALATE -> escalate.run();
        }
    }

    /** The children whose escalated failures the parent took on; cleared. */
    List<Node> takeEscalated() {
        List<Node> taken = List.copyOf(escalated);
        escalated.clear();
        return taken;
    }

    void forget(Node child) {
        perChild.remove(child);
        escalated.remove(child);
    }

    void reset() {
        perChild.clear();
        group.clear();
        escalated.clear();
    }

    private static String name(Node node) {
        return node.parent == null ? "the guardian" : node.name;
    }
}
