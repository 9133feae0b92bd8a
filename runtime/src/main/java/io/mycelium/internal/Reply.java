package io.mycelium.internal;

/**
 * Where the answer to one ask goes. Completing it more than once has no effect after the first.
 *
 * @param <T> the reply type
 */
public interface Reply<T> {

    /** Answers the ask with {@code value} (may be {@code null}). */
    void succeed(T value);

    /** Answers the ask with a failure. */
    void fail(Throwable cause);
}
