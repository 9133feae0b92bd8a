package io.mycelium.behaviour;

import io.mycelium.ActorSystem;
import io.mycelium.SpawnOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A counter actor held inside a handler until the test releases it, so its mailbox fills up. */
final class Held {
    final Counter counter;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(1);

    Held(ActorSystem system, String name, SpawnOptions options) {
        counter = system.spawn(Counter.class, name,
                () -> new CounterImpl(gate, holding, new AtomicInteger()), options);
        counter.hold();
        try {
            if (!holding.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("actor never started holding");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    void release() {
        gate.countDown();
    }
}
