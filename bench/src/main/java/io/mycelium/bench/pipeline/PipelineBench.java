package io.mycelium.bench.pipeline;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Savina-style shapes: {@code chain} pushes a batch of messages through a chain of 100 actors
 * (score: messages through the whole chain per second); {@code scatterGather} has one actor send
 * a round to 16 workers and wait for all 16 answers before the next round (score: rounds per
 * second).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBench {
    static final int STAGES = 100;
    static final int WORKERS = 16;
    static final int MESSAGES = 1_000;
    static final int ROUNDS = 1_000;

    /** mycelium; pekko; executor: CompletableFuture stages on a fixed thread pool. */
    @Param({"mycelium", "pekko", "executor"})
    public String impl;

    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void start() {
        pipeline = switch (impl) {
            case "mycelium" -> new MyceliumPipeline(STAGES, WORKERS);
            case "pekko" -> new PekkoPipeline(STAGES, WORKERS);
            case "executor" -> new ExecutorPipeline(STAGES, WORKERS);
            default -> throw new IllegalArgumentException(impl);
        };
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        pipeline.close();
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void chain() throws InterruptedException {
        pipeline.chain(MESSAGES);
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public void scatterGather() throws InterruptedException {
        pipeline.scatterGather(ROUNDS);
    }
}
