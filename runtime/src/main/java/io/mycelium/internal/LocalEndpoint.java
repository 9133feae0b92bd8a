package io.mycelium.internal;

/** An endpoint inside this JVM: an actor's mailbox, or a pool's router. */
interface LocalEndpoint extends Endpoint {

    /** Sends an ask that times out after {@code timeoutNanos} instead of the default. */
    void ask(Object message, AskFuture<?> reply, long timeoutNanos);

    /** The node of the supervision tree behind this endpoint. */
    Node node();
}
