package io.mycelium.internal;

/**
 * A live actor or pool of this system, as the transport sees it when a peer binds it by name.
 *
 * @param name its name
 * @param endpoint where its messages go
 * @param descriptor its protocol
 * @param exported whether it was spawned {@code exported()}, so any peer may bind it
 */
public record LocalActor(String name, InboundEndpoint endpoint, ActorDescriptor<?> descriptor,
        boolean exported) {
}
