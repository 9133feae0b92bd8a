package io.mycelium.internal;

/**
 * Delivers the messages of one protocol to an implementation: generated as a {@code switch}
 * over the sealed protocol type.
 *
 * @param <A> the {@code @Actor} interface
 */
public interface MessageDispatcher<A> {

    /**
     * Calls the method of {@code actor} that {@code message} stands for. For an ask, the reply is
     * completed with the method's result; an exception thrown by the method propagates to the
     * caller of this method, which completes the reply with it.
     */
    void dispatch(A actor, Object message);

    /** The reply an ask message carries, or {@code null} for a tell. */
    Reply<?> replyOf(Object message);

    /** The name of the protocol method {@code message} stands for, for logs and errors. */
    String nameOf(Object message);
}
