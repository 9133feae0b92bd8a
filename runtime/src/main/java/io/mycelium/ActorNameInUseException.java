package io.mycelium;

/** {@link ActorSystem#spawn} was given a name that a live actor of the same system already has. */
public class ActorNameInUseException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code name} in {@code systemName}. */
    public ActorNameInUseException(String systemName, String name) {
        super("actor system '" + systemName + "' already has an actor named '" + name
                + "'; stop it first or choose another name");
    }
}
