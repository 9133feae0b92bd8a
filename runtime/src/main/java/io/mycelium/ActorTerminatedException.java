package io.mycelium;

/**
 * An ask could not be answered because its target actor stopped (or its actor system closed)
 * before handling it.
 */
public class ActorTerminatedException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    private final String actorName;

    /** Creates the exception for the actor {@code actorName}. */
    public ActorTerminatedException(String actorName, String detail) {
        super("actor '" + actorName + "' terminated" + (detail.isEmpty() ? "" : ": " + detail));
        this.actorName = actorName;
    }

    /** The name of the actor that terminated. */
    public String actorName() {
        return actorName;
    }
}
