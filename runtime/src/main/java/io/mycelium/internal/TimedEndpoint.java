package io.mycelium.internal;

/**
 * An endpoint whose asks can time out after a duration chosen per reference, so that
 * {@link io.mycelium.Asks#withTimeout} works for local and remote actors alike.
 */
public interface TimedEndpoint extends Endpoint {

    /** Sends an ask that times out after {@code timeoutNanos} instead of the default. */
    void ask(Object message, AskFuture<?> reply, long timeoutNanos);

    /** The protocol of the actor behind this endpoint. */
    ActorDescriptor<?> protocol();
}
