package io.mycelium.internal;

/**
 * Where a generated proxy sends its calls: a local actor's mailbox, or (later) a connection to
 * a remote node.
 */
public interface Endpoint {

    /** Sends a tell. Throws {@link io.mycelium.MailboxFullException} when refused. */
    void tell(Object message);

    /** Creates the future for an ask of the message {@code messageName}, bound to the caller. */
    <T> AskFuture<T> newAsk(String messageName);

    /**
     * Sends an ask whose reply is {@code reply}. Never throws for a refused message: the reply
     * completes exceptionally instead.
     */
    void ask(Object message, AskFuture<?> reply);
}
