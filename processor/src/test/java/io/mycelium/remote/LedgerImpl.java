package io.mycelium.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The ledger: totals per sender, and watchers told of every post. */
public final class LedgerImpl implements Ledger {
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Long> last = new HashMap<>();
    private long outOfOrder;
    private final List<LedgerWatcher> watchers = new ArrayList<>();
    private long total;

    @Override
    public void post(String sender, long amount) {
        counts.merge(sender, 1L, Long::sum);
        Long previous = last.put(sender, amount);
        if (previous != null && amount <= previous) {
            outOfOrder++;
        }
        total += amount;
        for (LedgerWatcher watcher : watchers) {
            watcher.posted(sender, amount, total);
        }
    }

    @Override
    public CompletionStage<Long> outOfOrder() {
        return CompletableFuture.completedFuture(outOfOrder);
    }

    @Override
    public CompletionStage<Long> total() {
        return CompletableFuture.completedFuture(total);
    }

    @Override
    public CompletionStage<Long> countFrom(String sender) {
        return CompletableFuture.completedFuture(counts.getOrDefault(sender, 0L));
    }

    @Override
    public CompletionStage<List<Entry>> echo(List<Entry> entries) {
        return CompletableFuture.completedFuture(entries);
    }

    @Override
    public CompletionStage<Long> fail(String message) {
        throw new IllegalStateException(message);
    }

    @Override
    public CompletionStage<Long> slow(long millis) {
        return CompletableFuture.supplyAsync(() -> millis,
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void subscribe(LedgerWatcher watcher) {
        watchers.add(watcher);
    }

    @Override
    public CompletionStage<String> nameOf(LedgerWatcher watcher) {
        return watcher.name();
    }

    @Override
    public void halt() {
        Runtime.getRuntime().halt(3);
    }

}
