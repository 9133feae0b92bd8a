package io.mycelium.bench.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The plain-Java baseline: the same shapes as {@code CompletableFuture} stages on a fixed pool of
 * one thread per CPU: each hop of the chain is a {@code thenApplyAsync}, each round of the
 * scatter-gather is one {@code supplyAsync} per worker joined with {@code allOf}.
 */
final class ExecutorPipeline implements Pipeline {
    private final ExecutorService pool =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    private final int stages;
    private final int workers;

    ExecutorPipeline(int stages, int workers) {
        this.stages = stages;
        this.workers = workers;
    }

    @Override
    public void chain(int messages) {
        CompletableFuture<?>[] ends = new CompletableFuture<?>[messages];
        for (int i = 0; i < messages; i++) {
            CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> 0, pool);
            for (int s = 1; s < stages; s++) {
                f = f.thenApplyAsync(x -> x + 1, pool);
            }
            ends[i] = f;
        }
        CompletableFuture.allOf(ends).join();
    }

    @Override
    public void scatterGather(int rounds) {
        CompletableFuture<?>[] parts = new CompletableFuture<?>[workers];
        for (int r = rounds - 1; r >= 0; r--) {
            int round = r;
            for (int w = 0; w < workers; w++) {
                parts[w] = CompletableFuture.supplyAsync(() -> round, pool);
            }
            CompletableFuture.allOf(parts).join();
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
