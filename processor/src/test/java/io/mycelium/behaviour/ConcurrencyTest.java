package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.ActorSystem;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Many senders at once: exact counts, per-sender order, one handler at a time. */
class ConcurrencyTest {
    private static final int SENDERS = 4;
    private static final int PER_SENDER = 20_000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shared", "pinned-backoff", "pinned-parking", "pinned-yielding"})
    void everyMessageOfEverySenderArrivesOnceAndInOrder(String dispatcher) throws Exception {
        try (ActorSystem system = ActorSystem.builder("concurrency").throughput(8).build()) {
            AtomicInteger concurrentHandlers = new AtomicInteger();
            SpawnOptions options = SpawnOptions.defaults()
                    .mailboxCapacity(256) // small: senders hit a full mailbox and must wait
                    .overflow(OverflowPolicy.block(Duration.ofSeconds(20)))
                    .dispatcher(switch (dispatcher) {
                        case "pinned-backoff" -> Dispatcher.pinned(IdleStrategy.backoff());
                        case "pinned-parking" -> Dispatcher.pinned(IdleStrategy.parking());
                        case "pinned-yielding" -> Dispatcher.pinned(IdleStrategy.yielding());
                        default -> Dispatcher.shared();
                    });
            Counter counter = system.spawn(Counter.class, "counter",
                    () -> new CounterImpl(new CountDownLatch(0), new CountDownLatch(0), concurrentHandlers),
                    options);

            CountDownLatch start = new CountDownLatch(1);
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                String name = "sender-" + s;
                Thread sender = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (long i = 0; i < PER_SENDER; i++) {
                        counter.record(name, i);
                        counter.add(1);
                    }
                }, name);
                sender.start();
                senders.add(sender);
            }
            start.countDown();
            for (Thread sender : senders) {
                sender.join();
            }

            assertEquals((long) SENDERS * PER_SENDER, Await.value(counter.total()));
            List<Long> expected = LongStream.range(0, PER_SENDER).boxed().toList();
            for (int s = 0; s < SENDERS; s++) {
                assertEquals(expected, Await.value(counter.sequencesOf("sender-" + s)),
                        "sender-" + s + "'s messages, in order, each once");
            }
            assertEquals(0, system.deadLetters());
        }
    }
}
