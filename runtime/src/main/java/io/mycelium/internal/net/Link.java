package io.mycelium.internal.net;

import io.mycelium.internal.MessageCodec;
import java.util.Arrays;

/**
 * A remote endpoint's binding on one connection: the handle the peer knows its actor by, the
 * codec for that connection, and the message ids both sides have with the same schema.
 *
 * @param endpoint the endpoint this link belongs to
 * @param connection the connection it is bound on
 * @param handle the handle of the actor on that connection
 * @param codec the protocol's codec, writing and resolving references through the connection
 * @param sendable the ids of the messages that may be sent, sorted
 */
record Link(RemoteEndpoint endpoint, Connection connection, int handle, MessageCodec<Object> codec,
        int[] sendable) {

    /** Whether the peer has message {@code messageId} with this node's schema. */
    boolean canSend(int messageId) {
        return Arrays.binarySearch(sendable, messageId) >= 0;
    }
}
