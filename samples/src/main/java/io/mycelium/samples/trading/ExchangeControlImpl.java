package io.mycelium.samples.trading;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/** The exchange process's {@link ExchangeControl}: it reports and signals, the process acts. */
final class ExchangeControlImpl implements ExchangeControl {
    private final LongSupplier deadLetters;
    private final Runnable onSessionOver;

    /**
     * @param deadLetters the exchange system's dead-letter count
     * @param onSessionOver run (on this actor's turn) when a client says the session is over
     */
    ExchangeControlImpl(LongSupplier deadLetters, Runnable onSessionOver) {
        this.deadLetters = deadLetters;
        this.onSessionOver = onSessionOver;
    }

    @Override
    public CompletionStage<Long> deadLetters() {
        return CompletableFuture.completedFuture(deadLetters.getAsLong());
    }

    @Override
    public void sessionOver() {
        onSessionOver.run();
    }
}
