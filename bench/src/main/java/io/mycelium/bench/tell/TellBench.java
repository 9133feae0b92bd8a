package io.mycelium.bench.tell;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tell throughput into one receiver (Savina Counting; Chameneos-like with two senders): each
 * invocation sends a batch and waits until the receiver has handled every message of this
 * sender's batch, so the score counts handled messages, not enqueued ones.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TellBench {
    static final int BATCH = 10_000;
    private static final int SENDERS = 2;

    /** mycelium; pekko; mpsc: a raw queue and a busy-spinning consumer thread. */
    @Param({"mycelium", "pekko", "mpsc"})
    public String impl;

    private TellTarget target;
    private final AtomicInteger nextSender = new AtomicInteger();

    /** Which sender the benchmark thread is. */
    @State(Scope.Thread)
    public static class Sender {
        int id;
        long sent;

        @Setup(Level.Trial)
        public void join(TellBench bench) {
            id = bench.nextSender.getAndIncrement();
        }
    }

    @Setup(Level.Trial)
    public void start() {
        target = switch (impl) {
            case "mycelium" -> new MyceliumTarget(SENDERS);
            case "pekko" -> new PekkoTarget(SENDERS);
            case "mpsc" -> new QueueTarget(SENDERS);
            default -> throw new IllegalArgumentException(impl);
        };
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        target.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long oneSender(Sender sender) {
        return sendBatch(sender);
    }

    @Benchmark
    @Threads(SENDERS)
    @OperationsPerInvocation(BATCH)
    public long twoSenders(Sender sender) {
        return sendBatch(sender);
    }

    private long sendBatch(Sender sender) {
        TellTarget t = target;
        int id = sender.id;
        for (int i = 0; i < BATCH; i++) {
            t.tell(id);
        }
        long expected = sender.sent += BATCH;
        // Yield rather than spin: on two cores a spinning sender would take the receiver's core.
        while (t.handled(id) < expected) {
            Thread.yield();
        }
        return expected;
    }
}
