package io.mycelium.internal;

import io.mycelium.SupervisorStrategy;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * A supervisor without behaviour of its own: the system's guardian (no parent), a named
 * {@link io.mycelium.Supervisor}, or a pool ({@link PoolNode}). It has no turn: its decisions
 * run on the thread that reports a child's failure, under its monitor, and are carried out after
 * the monitor is released.
 */
class SupervisorNode extends Node {
    private static final System.Logger LOG = System.getLogger(SupervisorNode.class.getName());

    private final Supervision supervision;
    private boolean stopping;
    private boolean finished;
    private Throwable stopCause;

    SupervisorNode(SystemCore core, String name, Node parent, SupervisorStrategy strategy) {
        super(core, name, parent);
        this.supervision = new Supervision(strategy);
    }

    /** Restarting a supervisor restarts each of its children in place (they keep their mailboxes). */
    @Override
    void restart(Failure failure, long delayNanos) {
        List<Node> children;
        synchronized (this) {
            if (stopping) {
                return;
            }
            supervision.reset();
            children = children();
        }
        LOG.log(Level.DEBUG, "supervisor ''{0}'' restarts its children {1}", path(),
                children.stream().map(n -> n.name).toList());
        for (Node child : children) {
            child.restart(failure, delayNanos);
        }
    }

    /** Resuming a supervisor resumes the children whose failures it had escalated. */
    @Override
    void resume() {
        List<Node> escalated;
        synchronized (this) {
            if (stopping) {
                return;
            }
            escalated = supervision.takeEscalated();
        }
        for (Node child : escalated) {
            child.resume();
        }
    }

    @Override
    void stop(Throwable cause) {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            stopCause = cause;
        }
        stopChildren();
        finishIfEmpty();
    }

    private void finishIfEmpty() {
        synchronized (this) {
            if (!stopping || finished || hasChildren()) {
                return;
            }
            finished = true;
        }
        LOG.log(Level.DEBUG, "supervisor ''{0}'' in system ''{1}'' stopped", path(), core.name());
        terminated(stopCause);
    }

    final synchronized boolean isStopping() {
        return stopping;
    }

    @Override
    synchronized boolean acceptsChildren() {
        return !stopping;
    }

    @Override
    void childFailed(Node child, Failure failure) {
        Supervision.Plan plan;
        synchronized (this) {
            if (stopping || !isChild(child)) {
                return;
            }
            plan = supervision.decide(this, child, failure);
        }
        Supervision.execute(plan, child, () -> escalate(child, failure));
    }

    private void escalate(Node child, Failure failure) {
        if (parent == null) {
            core.escalatedToGuardian(child, failure);
        } else {
            parent.childFailed(this, failure.escalatedBy(name));
        }
    }

    @Override
    void childTerminated(Node child) {
        synchronized (this) {
            removeChild(child);
            supervision.forget(child);
        }
        finishIfEmpty();
        afterChildTerminated();
    }

    /** Called after a child terminated, outside the monitor. */
    void afterChildTerminated() {
    }

    @Override
    public String toString() {
        return "Supervisor[" + name + "]";
    }
}
