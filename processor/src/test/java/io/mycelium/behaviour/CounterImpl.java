package io.mycelium.behaviour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The implementation behind {@link Counter}; its state is plain fields: the actor owns them. */
final class CounterImpl implements Counter {
    private static final AtomicLong INSTANCES = new AtomicLong();

    private final CountDownLatch gate;
    private final CountDownLatch holding;
    private final AtomicInteger concurrentHandlers;
    private final long instanceNumber = INSTANCES.incrementAndGet();
    private long total;
    private int logged;
    private final Map<String, List<Long>> sequences = new HashMap<>();

    CounterImpl() {
        this(new CountDownLatch(0), new CountDownLatch(0), new AtomicInteger());
    }

    CounterImpl(CountDownLatch gate, CountDownLatch holding, AtomicInteger concurrentHandlers) {
        this.gate = gate;
        this.holding = holding;
        this.concurrentHandlers = concurrentHandlers;
    }

    private void enter() {
        if (concurrentHandlers.incrementAndGet() != 1) {
            throw new AssertionError("two handlers of one actor ran at once");
        }
    }

    private void exit() {
        concurrentHandlers.decrementAndGet();
    }

    @Override
    public void add(long delta) {
        enter();
        total += delta;
        exit();
    }

    @Override
    public void record(String sender, long sequence) {
        enter();
        sequences.computeIfAbsent(sender, k -> new ArrayList<>()).add(sequence);
        exit();
    }

    @Override
    public void fail(String why) {
        throw new IllegalStateException(why);
    }

    @Override
    public void hold() {
        holding.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CompletionStage<Long> total() {
        return CompletableFuture.completedFuture(total);
    }

    @Override
    public CompletableFuture<List<Long>> sequencesOf(String sender) {
        return CompletableFuture.completedFuture(List.copyOf(sequences.getOrDefault(sender, List.of())));
    }

    @Override
    public CompletionStage<String> echoOrThrow(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text");
        }
        return CompletableFuture.completedFuture(text);
    }

    @Override
    public CompletionStage<String> echoOrReject(String text) {
        if (text.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("empty text"));
        }
        return CompletableFuture.completedFuture(text);
    }

    @Override
    public CompletionStage<String> never() {
        return new CompletableFuture<>();
    }

    @Override
    public CompletionStage<String> broken() {
        return null;
    }

    @Override
    public CompletionStage<Long> instanceNumber() {
        return CompletableFuture.completedFuture(instanceNumber);
    }

    @Override
    public void log(String... lines) {
        logged += lines.length;
    }

    @Override
    public CompletionStage<Integer> logged() {
        return CompletableFuture.completedFuture(logged);
    }
}
