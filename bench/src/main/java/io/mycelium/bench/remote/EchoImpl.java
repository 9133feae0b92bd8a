package io.mycelium.bench.remote;

import io.mycelium.bench.codec.Order;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Answers at once; counts tells. */
final class EchoImpl implements Echo {
    private long taken;

    @Override
    public CompletionStage<Order> echo(Order order) {
        return CompletableFuture.completedFuture(order);
    }

    @Override
    public void take(Order order) {
        taken++;
    }

    @Override
    public CompletionStage<Long> taken() {
        return CompletableFuture.completedFuture(taken);
    }
}
