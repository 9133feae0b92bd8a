package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.SpawnOptions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Asks made inside an actor resume inside it (DESIGN §4). */
class TurnModelTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shared", "pinned"})
    void callbacksOfAsksMadeByAnActorRunOnItsTurn(String dispatcher) {
        try (ActorSystem system = ActorSystem.create("turns")) {
            Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
            counter.add(1);
            AtomicReference<Aggregator> self = new AtomicReference<>();
            SpawnOptions options = dispatcher.equals("pinned")
                    ? SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.backoff()))
                    : SpawnOptions.defaults();
            Aggregator aggregator = system.spawn(Aggregator.class, "aggregator",
                    () -> new AggregatorImpl(counter, self::get), options);
            self.set(aggregator);

            // Callbacks add to 'sum' while bump() adds to it too: without the turn model these
            // unsynchronized increments race and lose updates.
            for (int round = 0; round < 200; round++) {
                aggregator.collect(20);
                aggregator.bump();
            }
            Await.until("all callbacks ran", () -> Await.value(aggregator.sum()) == 200L * 20 + 200);
            assertEquals(0, Await.value(aggregator.callbacksOffTurn()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shared", "pinned"})
    void anActorBlockingOnItsOwnAskDoesNotDeadlock(String dispatcher) {
        try (ActorSystem system = ActorSystem.create("turns")) {
            Counter counter = system.spawn(Counter.class, "counter", CounterImpl::new);
            counter.add(42);
            SpawnOptions options = dispatcher.equals("pinned")
                    ? SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.parking()))
                    : SpawnOptions.defaults();
            Aggregator aggregator = system.spawn(Aggregator.class, "aggregator",
                    () -> new AggregatorImpl(counter, () -> null), options);
            assertEquals(42L, Await.value(aggregator.totalByBlocking()));
        }
    }
}
