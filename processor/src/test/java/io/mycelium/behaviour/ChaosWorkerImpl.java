package io.mycelium.behaviour;

import io.mycelium.ActorLifecycle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

final class ChaosWorkerImpl implements ChaosWorker, ActorLifecycle {
    private final String name;
    private final ChaosLedger ledger;
    private long processed;

    ChaosWorkerImpl(String name, ChaosLedger ledger) {
        this.name = name;
        this.ledger = ledger;
        ledger.sinceStart(name).set(0); // a fresh instance starts from nothing
    }

    @Override
    public void work(long id, boolean explode) {
        ledger.enter(name);
        try {
            if (ledger.processed.incrementAndGet((int) id) != 1) {
                throw new AssertionError("work " + id + " handled twice");
            }
            if (explode) {
                ledger.failuresInjected.increment();
                throw new IllegalStateException("chaos in work " + id);
            }
            processed++;
            ledger.sinceStart(name).incrementAndGet();
        } finally {
            ledger.exit(name);
        }
    }

    @Override
    public CompletionStage<Long> query(boolean explode) {
        ledger.enter(name);
        try {
            if (explode) {
                ledger.failuresInjected.increment();
                throw new IllegalArgumentException("chaos in query");
            }
            return CompletableFuture.completedFuture(processed);
        } finally {
            ledger.exit(name);
        }
    }

    @Override
    public CompletionStage<Long> processedSinceStart() {
        return CompletableFuture.completedFuture(processed);
    }

    @Override
    public void restarting(Throwable cause) {
        ledger.restarts.increment();
    }
}
