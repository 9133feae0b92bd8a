package io.mycelium;

/** {@link ActorSystem#lookup(Class, String)} found no actor at the address. */
public class ActorNotFoundException extends MyceliumException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the address. */
    public ActorNotFoundException(String message) {
        super(message);
    }
}
