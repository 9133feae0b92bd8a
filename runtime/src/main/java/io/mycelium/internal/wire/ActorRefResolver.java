package io.mycelium.internal.wire;

import io.mycelium.MyceliumException;

/**
 * Turns references to other actors (parameters typed with an {@code @Actor} interface) into
 * addresses on the wire and back. Transports plug in the resolver that knows their addresses; a
 * codec without one refuses to carry actor references.
 */
public interface ActorRefResolver {

    /** Refuses every reference: the resolver of a codec no transport has configured. */
    ActorRefResolver NONE = new ActorRefResolver() {
        @Override
        public String addressOf(Object ref) {
            throw new MyceliumException("cannot send actor reference " + ref
                    + ": actor references cross the wire only through a transport's codec");
        }

        @Override
        public <T> T resolve(Class<T> type, String address) {
            throw new MyceliumException("cannot resolve actor address '" + address + "' of type "
                    + type.getName() + ": no transport configured this codec");
        }
    };

    /** The address under which the actor behind {@code ref} (a proxy) can be reached. */
    String addressOf(Object ref);

    /** A reference of type {@code type} to the actor at {@code address}. */
    <T> T resolve(Class<T> type, String address);
}
