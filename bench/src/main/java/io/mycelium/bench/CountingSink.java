package io.mycelium.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/** Counts tells into a counter the benchmark thread can read. */
final class CountingSink implements Sink {
    private final AtomicLong received;

    CountingSink(AtomicLong received) {
        this.received = received;
    }

    @Override
    public void accept(long value) {
        received.lazySet(received.get() + 1);
    }

    @Override
    public CompletionStage<Long> echo(long value) {
        return CompletableFuture.completedFuture(value);
    }
}
