package io.mycelium.internal;

/** An endpoint inside this JVM: an actor's mailbox, or a pool's router. */
interface LocalEndpoint extends TimedEndpoint, InboundEndpoint {

    /** The node of the supervision tree behind this endpoint. */
    Node node();

    @Override
    default ActorDescriptor<?> protocol() {
        return switch (node()) {
            case ActorCell<?> cell -> cell.descriptor();
            case PoolNode pool -> pool.descriptor();
            default -> throw new IllegalStateException(node() + " has no protocol");
        };
    }
}
