package io.mycelium.behaviour;

import io.mycelium.MailboxFullException;
import io.mycelium.internal.ActorCell;
import io.mycelium.internal.ActorProxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Sums answers of another actor in callbacks, which must run on this actor's turn. */
final class AggregatorImpl implements Aggregator {
    private final Counter counter;
    private final Supplier<Aggregator> self;
    private long sum;
    private int callbacksOffTurn;

    AggregatorImpl(Counter counter, Supplier<Aggregator> self) {
        this.counter = counter;
        this.self = self;
    }

    private boolean onMyTurn() {
        return ActorCell.current() != null
                && ActorCell.current() == ((ActorProxy) self.get()).endpoint();
    }

    @Override
    public void collect(int times) {
        for (int i = 0; i < times; i++) {
            counter.total().thenAccept(total -> {
                if (!onMyTurn()) {
                    callbacksOffTurn++;
                }
                sum += total;
            });
        }
    }

    @Override
    public void bump() {
        sum++;
    }

    @Override
    public CompletionStage<Long> sum() {
        return CompletableFuture.completedFuture(sum);
    }

    @Override
    public CompletionStage<Integer> callbacksOffTurn() {
        return CompletableFuture.completedFuture(callbacksOffTurn);
    }

    @Override
    public CompletionStage<Long> totalByBlocking() {
        return CompletableFuture.completedFuture(counter.total().toCompletableFuture().join());
    }

    @Override
    public CompletionStage<String> tellFromActor() {
        try {
            counter.add(1);
            return CompletableFuture.completedFuture("sent");
        } catch (MailboxFullException e) {
            return CompletableFuture.completedFuture(e.getMessage());
        }
    }
}
