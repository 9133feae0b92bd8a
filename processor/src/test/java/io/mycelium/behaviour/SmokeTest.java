package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class SmokeTest {
    static final class CounterImpl implements Counter {
        long total;
        final Map<String, List<Long>> sequences = new HashMap<>();

        @Override public void add(long delta) { total += delta; }
        @Override public void record(String sender, long sequence) {
            sequences.computeIfAbsent(sender, k -> new ArrayList<>()).add(sequence);
        }
        @Override public void fail(String why) { throw new IllegalStateException(why); }
        @Override public CompletionStage<Long> total() { return CompletableFuture.completedFuture(total); }
        @Override public CompletableFuture<List<Long>> sequencesOf(String sender) {
            return CompletableFuture.completedFuture(List.copyOf(sequences.getOrDefault(sender, List.of())));
        }
        @Override public CompletionStage<String> echoOrThrow(String text) {
            if (text.isEmpty()) throw new IllegalArgumentException("empty");
            return CompletableFuture.completedFuture(text);
        }
        @Override public CompletionStage<Void> sleep(long millis) {
            try { Thread.sleep(millis); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            return CompletableFuture.completedFuture(null);
        }
        @Override public void log(String... lines) { }
    }

    @Test
    void tellThenAsk() {
        try (ActorSystem system = ActorSystem.create("smoke")) {
            Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
            for (int i = 1; i <= 100; i++) {
                counter.add(i);
            }
            assertEquals(5050L, counter.total().toCompletableFuture().join());
        }
    }
}
