package io.mycelium.internal;

import io.mycelium.ActorTerminatedException;
import io.mycelium.Termination;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A node of the supervision tree: an actor ({@link ActorCell}), or a supervisor without behaviour
 * of its own ({@link SupervisorNode}: the guardian, named supervisors, pools).
 *
 * <p>Every node has a name, a parent (none for the guardian), children in start order, a
 * termination future and links. A parent's children are guarded by the parent's monitor; a node
 * never calls its parent while holding its own monitor, so locks are only ever taken downwards.
 */
abstract class Node {
    final SystemCore core;
    final String name;
    final Node parent;
    final CompletableFuture<Termination> termination = new CompletableFuture<>();
    // The children list, guarded by this node's monitor; the sibling links and the attached flag
    // of a node are guarded by its parent's monitor.
    private Node firstChild;
    private Node lastChild;
    private Node prevSibling;
    private Node nextSibling;
    private boolean attached;
    private volatile Set<Node> links;

    Node(SystemCore core, String name, Node parent) {
        this.core = core;
        this.name = name;
        this.parent = parent;
    }

    // ------------------------------------------------------------ as a child (any thread)

    /** The parent decided to restart this node after {@code failure}, after {@code delayNanos}. */
    abstract void restart(Failure failure, long delayNanos);

    /** The parent decided to resume this node. */
    abstract void resume();

    /** Stops this node and its subtree; {@code cause} is {@code null} for a normal stop. */
    abstract void stop(Throwable cause);

    /** Whether this node can take new children now. */
    abstract boolean acceptsChildren();

    // ------------------------------------------------------------ as a parent (any thread)

    /** {@code child} failed: decide, on this node's turn or under its monitor. */
    abstract void childFailed(Node child, Failure failure);

    /** {@code child} has terminated. */
    abstract void childTerminated(Node child);

    // ------------------------------------------------------------ children

    /**
     * Adds {@code child} last in start order; refused (returns {@code false}) while not accepting.
     * Children form an intrusive doubly-linked list (no collection per parent, O(1) add and remove),
     * guarded by the parent's monitor.
     */
    final synchronized boolean addChild(Node child) {
        if (!acceptsChildren()) {
            return false;
        }
        child.prevSibling = lastChild;
        child.nextSibling = null;
        if (lastChild != null) {
            lastChild.nextSibling = child;
        } else {
            firstChild = child;
        }
        lastChild = child;
        child.attached = true;
        return true;
    }

    /** Removes {@code child}; returns whether no children are left. */
    final synchronized boolean removeChild(Node child) {
        if (child.parent == this && child.attached) {
            if (child.prevSibling != null) {
                child.prevSibling.nextSibling = child.nextSibling;
            } else {
                firstChild = child.nextSibling;
            }
            if (child.nextSibling != null) {
                child.nextSibling.prevSibling = child.prevSibling;
            } else {
                lastChild = child.prevSibling;
            }
            child.prevSibling = null;
            child.nextSibling = null;
            child.attached = false;
        }
        return firstChild == null;
    }

    final synchronized boolean hasChildren() {
        return firstChild != null;
    }

    final synchronized boolean isChild(Node child) {
        return child.parent == this && child.attached;
    }

    /** The children in start order. */
    final synchronized List<Node> children() {
        List<Node> all = new ArrayList<>();
        for (Node each = firstChild; each != null; each = each.nextSibling) {
            all.add(each);
        }
        return all;
    }

    /** {@code child} and the children started after it. */
    final synchronized List<Node> childrenFrom(Node child) {
        List<Node> rest = new ArrayList<>();
        if (isChild(child)) {
            for (Node each = child; each != null; each = each.nextSibling) {
                rest.add(each);
            }
        }
        return rest;
    }

    final void stopChildren() {
        // Newest first, as OTP does; they stop concurrently.
        List<Node> all = children();
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop(null);
        }
    }

    // ------------------------------------------------------------ termination and links

    final boolean isTerminated() {
        return termination.isDone();
    }

    /** The last act of every node: unregister, tell the parent and the watchers, fire links. */
    final void terminated(Throwable cause) {
        core.unregister(this);
        Termination notice = new Termination(name, Optional.ofNullable(cause));
        if (parent != null) {
            parent.childTerminated(this);
        }
        termination.complete(notice);
    }

    final void link(Node other) {
        if (other == this) {
            return;
        }
        linksOf(this).add(other);
        linksOf(other).add(this);
        other.termination.thenAccept(notice -> linkedTerminated(other, notice));
        termination.thenAccept(notice -> other.linkedTerminated(this, notice));
    }

    final void unlink(Node other) {
        Set<Node> mine = links;
        if (mine != null) {
            mine.remove(other);
        }
        Set<Node> theirs = other.links;
        if (theirs != null) {
            theirs.remove(this);
        }
    }

    private void linkedTerminated(Node other, Termination notice) {
        Set<Node> mine = links;
        if (mine == null || !mine.remove(other) || isTerminated()) {
            return;
        }
        stop(new ActorTerminatedException(other.name, "'" + name + "' was linked to it and stops"
                + " with it", notice.cause().orElse(null)));
    }

    private static Set<Node> linksOf(Node node) {
        Set<Node> set = node.links;
        if (set == null) {
            synchronized (node) {
                set = node.links;
                if (set == null) {
                    set = ConcurrentHashMap.newKeySet();
                    node.links = set;
                }
            }
        }
        return set;
    }

    /** The names from the top of the tree down to this node, e.g. {@code dept/team-1/worker-1}. */
    final String path() {
        return parent == null || parent.parent == null ? name : parent.path() + "/" + name;
    }
}
