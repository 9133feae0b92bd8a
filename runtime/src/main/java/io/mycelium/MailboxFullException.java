package io.mycelium;

/**
 * A message was refused because the target's bounded mailbox was full.
 *
 * <p>Thrown by a tell, or completes an ask exceptionally, under {@link OverflowPolicy#failFast()}
 * (the default), under {@link OverflowPolicy#block(java.time.Duration)} when the wait ran out or
 * the caller is itself an actor, and for asks under {@link OverflowPolicy#drop()}.
 */
public class MailboxFullException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final String actorName;
    private final int capacity;

    /** Creates the exception for the actor {@code actorName} whose mailbox holds {@code capacity}. */
    public MailboxFullException(String actorName, int capacity, String detail) {
        super("mailbox of actor '" + actorName + "' is full (capacity " + capacity + ")"
                + (detail.isEmpty() ? "" : ": " + detail));
        this.actorName = actorName;
        this.capacity = capacity;
    }

    /** The name of the actor whose mailbox was full. */
    public String actorName() {
        return actorName;
    }

    /** The capacity of that mailbox. */
    public int capacity() {
        return capacity;
    }
}
