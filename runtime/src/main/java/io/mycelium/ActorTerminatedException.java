package io.mycelium;

/**
 * An ask could not be answered because its target actor stopped (or its actor system closed)
 * before handling it; also the cause an actor stops with when an actor it is
 * {@linkplain ActorContext#link(Object) linked} to terminates.
 */
public class ActorTerminatedException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final String actorName;

    /** Creates the exception for the actor {@code actorName}. */
    public ActorTerminatedException(String actorName, String detail) {
        super("actor '" + actorName + "' terminated" + (detail.isEmpty() ? "" : ": " + detail));
        this.actorName = actorName;
    }

    /** Creates the exception for the actor {@code actorName}, which terminated because of {@code cause}. */
    public ActorTerminatedException(String actorName, String detail, Throwable cause) {
        super("actor '" + actorName + "' terminated" + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.actorName = actorName;
    }

    /** The name of the actor that terminated. */
    public String actorName() {
        return actorName;
    }
}
