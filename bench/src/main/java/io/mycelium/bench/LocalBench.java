package io.mycelium.bench;

import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * First local figures: tell throughput into one actor, and an ask round trip from a plain thread
 * beside its raw baseline (a {@code CompletableFuture} hand-off to a single-thread executor).
 * The side-by-side suite against Pekko builds on this.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LocalBench {
    private static final int BATCH = 10_000;

    private ActorSystem system;
    private Sink sink;
    private final AtomicLong received = new AtomicLong();
    private ExecutorService baseline;

    @Setup(Level.Trial)
    public void start() {
        system = ActorSystem.create("bench");
        sink = system.spawn(Sink.class, "sink", () -> new CountingSink(received),
                SpawnOptions.defaults().mailboxCapacity(64 * 1024)
                        .overflow(OverflowPolicy.block(Duration.ofSeconds(10))));
        baseline = Executors.newSingleThreadExecutor();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        system.close();
        baseline.shutdown();
        baseline.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Tells from one thread into one actor; waits until all were handled. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public long tellThroughput() {
        long target = received.get() + BATCH;
        for (int i = 0; i < BATCH; i++) {
            sink.accept(i);
        }
        while (received.get() < target) {
            Thread.onSpinWait();
        }
        return target;
    }

    /** One ask from a plain thread, waiting for the reply. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Long askRoundTrip() {
        return sink.echo(42).toCompletableFuture().join();
    }

    /** Baseline: hand a value to a single-thread executor and wait for it to come back. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Long completableFutureHandOff() {
        return CompletableFuture.supplyAsync(() -> 42L, baseline).join();
    }
}
