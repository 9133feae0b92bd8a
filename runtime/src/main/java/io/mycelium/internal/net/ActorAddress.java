package io.mycelium.internal.net;

/**
 * The address of one actor on another node: the node's address, a slash and the actor's name,
 * as in {@code tcp://10.0.0.5:7000/book-1} or {@code unix:/run/trading/node.sock/book-1}.
 *
 * @param node where the node listens
 * @param actorName the actor's name on that node
 */
public record ActorAddress(NodeAddress node, String actorName) {

    /** Whether {@code address} names a remote actor (rather than one in this system). */
    public static boolean isRemote(String address) {
        return address.startsWith("unix:") || address.startsWith("tcp:");
    }

    /** Parses an actor address; the message of the exception says what is wrong with it. */
    public static ActorAddress parse(String address) {
        int slash = address.lastIndexOf('/');
        int nodeEnd = address.startsWith("tcp://") ? address.indexOf('/', "tcp://".length()) : slash;
        if (nodeEnd < 0 || slash != nodeEnd || slash == address.length() - 1) {
            throw new IllegalArgumentException("invalid actor address '" + address + "': use"
                    + " tcp://host:port/name or unix:/path/to/node.sock/name");
        }
        NodeAddress node;
        try {
            node = NodeAddress.parse(address.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid actor address '" + address + "': "
                    + e.getMessage(), e);
        }
        return new ActorAddress(node, address.substring(slash + 1));
    }

    @Override
    public String toString() {
        return node + "/" + actorName;
    }
}
