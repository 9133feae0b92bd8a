package io.mycelium.bench.ask;

import io.mycelium.ActorSystem;
import io.mycelium.bench.support.PekkoRuntime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An ask from a plain (non-actor) thread that blocks for the answer, timed per call by JMH's
 * sampling; the baseline hands a value to a single-thread executor through a
 * {@code CompletableFuture} and joins it, the plain-Java way to get an answer from another thread.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AskBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** mycelium; pekko; completable-future: the plain-Java hand-off. */
    @Param({"mycelium", "pekko", "completable-future"})
    public String impl;

    private ActorSystem mycelium;
    private Echo echo;
    private PekkoRuntime pekko;
    private ActorRef<PekkoEcho.Request> pekkoEcho;
    private ExecutorService executor;

    @Setup(Level.Trial)
    public void start() {
        switch (impl) {
            case "mycelium" -> {
                mycelium = ActorSystem.create("ask");
                echo = mycelium.spawn(Echo.class, "echo", EchoImpl::new);
            }
            case "pekko" -> {
                pekko = new PekkoRuntime("ask");
                pekkoEcho = pekko.spawn(PekkoEcho.behavior(), "echo");
            }
            case "completable-future" -> executor = Executors.newSingleThreadExecutor();
            default -> throw new IllegalArgumentException(impl);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        if (mycelium != null) {
            mycelium.close();
        }
        if (pekko != null) {
            pekko.close();
        }
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Benchmark
    public Long plainThread() {
        return switch (impl) {
            case "mycelium" -> echo.echo(42).toCompletableFuture().join();
            case "pekko" -> AskPattern.<PekkoEcho.Request, Long>ask(pekkoEcho,
                            replyTo -> new PekkoEcho.Request(42, replyTo), TIMEOUT,
                            pekko.system().scheduler())
                    .toCompletableFuture().join();
            default -> CompletableFuture.supplyAsync(() -> 42L, executor).join();
        };
    }
}
