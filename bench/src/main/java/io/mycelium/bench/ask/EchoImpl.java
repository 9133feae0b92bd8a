package io.mycelium.bench.ask;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

final class EchoImpl implements Echo {
    @Override
    public CompletionStage<Long> echo(long value) {
        return CompletableFuture.completedFuture(value);
    }
}
