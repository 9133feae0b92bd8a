package io.mycelium.internal.net;

import io.mycelium.internal.AskFuture;
import io.mycelium.internal.MessageCodec;

/**
 * An ask sent to a peer and not answered yet.
 *
 * @param future what the asker holds
 * @param codec decodes the reply
 * @param messageId the ask's message id, which selects the reply's type
 */
record PendingAsk(AskFuture<?> future, MessageCodec<Object> codec, int messageId) {

    @SuppressWarnings("unchecked")
    void complete(Object value) {
        ((AskFuture<Object>) future).succeed(value);
    }
}
