package io.mycelium.internal.net;

import io.mycelium.internal.ActorDescriptor;
import io.mycelium.internal.MessageCodec;
import io.mycelium.internal.InboundEndpoint;

/**
 * A local actor the peer bound a handle to, or the refusal of that bind (frames the peer sends
 * to a refused handle are answered with the refusal, or dead-lettered).
 *
 * @param actorName the local actor's name as the peer asked for it
 * @param endpoint where its messages go; {@code null} when refused
 * @param descriptor its protocol; {@code null} when refused
 * @param codec its codec for this connection; {@code null} when refused
 * @param refusal why the bind was refused, or {@code null}
 */
record InboundTarget(String actorName, InboundEndpoint endpoint, ActorDescriptor<?> descriptor,
        MessageCodec<Object> codec, String refusal) {

    static InboundTarget refused(String actorName, String refusal) {
        return new InboundTarget(actorName, null, null, null, refusal);
    }
}
