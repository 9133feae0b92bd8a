package io.mycelium.codec;

import io.mycelium.internal.Reply;

/** A reply that remembers its answer: stands in for a transport's reply in codec tests. */
final class NoReply<T> implements Reply<T> {
    Object outcome;

    @Override
    public void succeed(T value) {
        outcome = value;
    }

    @Override
    public void fail(Throwable cause) {
        outcome = cause;
    }
}
