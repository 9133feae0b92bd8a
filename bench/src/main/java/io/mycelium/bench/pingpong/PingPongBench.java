package io.mycelium.bench.pingpong;

import io.mycelium.bench.support.Recorders;
import io.mycelium.bench.support.RoundTripStats;
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
 * Actor to actor ping-pong (Savina PingPong): the mean round trip is the primary score, the
 * percentiles of the individually timed round trips are secondary results (µs).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PingPongBench {
    static final int ROUNDS = 10_000;

    /**
     * mycelium: shared pool; mycelium-pinned: pinned busy-spin; pekko; spsc and mpsc: two raw
     * threads over JCTools queues.
     */
    @Param({"mycelium", "mycelium-pinned", "pekko", "spsc", "mpsc"})
    public String impl;

    private Rally rally;

    @Setup(Level.Trial)
    public void start() {
        rally = switch (impl) {
            case "mycelium" -> new MyceliumRally(false);
            case "mycelium-pinned" -> new MyceliumRally(true);
            case "pekko" -> new PekkoRally();
            case "spsc" -> new QueueRally(false);
            case "mpsc" -> new QueueRally(true);
            default -> throw new IllegalArgumentException(impl);
        };
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        rally.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public void roundTrip(RoundTripStats stats) throws InterruptedException {
        rally.play(ROUNDS, Recorders.of(stats));
    }
}
