package io.mycelium.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An actor's unbounded queue of runtime messages: many senders, one consumer (the claim holder),
 * FIFO. Senders push onto a lock-free stack; the consumer takes the whole stack at once and
 * reverses it. Runtime messages are rare next to user messages, so one small node per message is
 * a better trade than an array queue, whose padding and ring cost every idle actor about 600
 * bytes (most actors only ever get their start message here).
 */
final class SystemQueue {
    private static final VarHandle PUSHED;

    static {
        try {
            PUSHED = MethodHandles.lookup().findVarHandle(SystemQueue.class, "pushed", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final class Node {
        final SystemMessage message;
        Node next;

        Node(SystemMessage message) {
            this.message = message;
        }
    }

    /** Newest first; written by any sender. */
    private volatile Node pushed;
    /**
     * Oldest first; only the claim holder reads and writes it (successive holders are ordered
     * by the claim), so a plain field suffices.
     */
    private Node taken;

    /** Adds {@code message}; any thread. */
    void offer(SystemMessage message) {
        Node node = new Node(message);
        Node head;
        do {
            head = pushed;
            node.next = head;
        } while (!PUSHED.weakCompareAndSet(this, head, node));
    }

    /** The oldest message, or {@code null}; the claim holder only. */
    SystemMessage poll() {
        Node first = taken;
        if (first == null) {
            Node stack = (Node) PUSHED.getAndSet(this, (Node) null);
            if (stack == null) {
                return null;
            }
            // Once taken, the nodes belong to the consumer alone: reverse them in place.
            Node reversed = null;
            while (stack != null) {
                Node next = stack.next;
                stack.next = reversed;
                reversed = stack;
                stack = next;
            }
            first = reversed;
        }
        taken = first.next;
        return first.message;
    }

    /** Whether nothing waits; exact for the claim holder, a hint for other threads. */
    boolean isEmpty() {
        return taken == null && pushed == null;
    }
}
