package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.AskTimeoutException;
import io.mycelium.Asks;
import io.mycelium.SpawnOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    @Test
    void anUnansweredAskTimesOutWithTheSystemDefault() {
        try (ActorSystem system = ActorSystem.builder("timeouts").askTimeout(Duration.ofMillis(50)).build()) {
            Counter counter = system.spawn(Counter.class, "silent", CounterImpl::new);
            AskTimeoutException timeout = Await.failure(counter.never(), AskTimeoutException.class);
            assertEquals("ask 'never' to actor 'silent' got no reply within 50 ms", timeout.getMessage());
            assertEquals("silent", timeout.actorName());
            assertEquals("never", timeout.messageName());
            assertEquals(Duration.ofMillis(50), timeout.timeout());
        }
    }

    @Test
    void spawnOptionsAndPerCallTimeoutsOverrideTheDefault() {
        try (ActorSystem system = ActorSystem.create("timeouts")) {
            Counter counter = system.spawn(Counter.class, "silent", CounterImpl::new,
                    SpawnOptions.defaults().askTimeout(Duration.ofMillis(40)));
            assertEquals(Duration.ofMillis(40), Await.failure(counter.never(), AskTimeoutException.class).timeout());

            Counter impatient = Asks.withTimeout(counter, Duration.ofMillis(20));
            assertEquals(Duration.ofMillis(20), Await.failure(impatient.never(), AskTimeoutException.class).timeout());
            counter.add(3);
            assertEquals(3L, Await.value(impatient.total()), "the view reaches the same actor");
        }
    }

    @Test
    void manyConcurrentTimeoutsAllComplete() {
        try (ActorSystem system = ActorSystem.builder("timeouts").askTimeout(Duration.ofMillis(30)).build()) {
            Counter counter = system.spawn(Counter.class, "silent", CounterImpl::new);
            var asks = new java.util.ArrayList<java.util.concurrent.CompletionStage<String>>();
            for (int i = 0; i < 2_000; i++) {
                asks.add(counter.never());
            }
            for (var ask : asks) {
                Await.failure(ask, AskTimeoutException.class);
            }
        }
    }
}
