package io.mycelium.bench.remote;

import io.mycelium.annotation.Actor;
import io.mycelium.bench.codec.Order;
import java.util.concurrent.CompletionStage;

/** The remote benchmarks' protocol: an ask that returns its five-field argument, and a tell. */
@Actor
public interface Echo {
    CompletionStage<Order> echo(Order order);

    void take(Order order);

    /** How many tells arrived so far: asked after a batch, it arrives behind the batch. */
    CompletionStage<Long> taken();
}
