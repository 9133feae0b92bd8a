package io.mycelium.bench.ask;

import io.mycelium.bench.support.Waits;
import io.mycelium.ActorSystem;
import io.mycelium.bench.support.PekkoRuntime;
import io.mycelium.bench.support.Recorders;
import io.mycelium.bench.support.RoundTripStats;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
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
 * An actor asking another actor from inside its handler, one ask at a time, the answer resuming on
 * the asker's turn; timed by the asker like {@code PingPongBench} (its raw limit is the same: the
 * SPSC ping-pong).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ActorAskBench {
    static final int ROUNDS = 10_000;

    @Param({"mycelium", "pekko"})
    public String impl;

    private ActorSystem mycelium;
    private Asker asker;
    private PekkoRuntime pekko;
    private ActorRef<PekkoAsker.Message> pekkoAsker;

    @Setup(Level.Trial)
    public void start() {
        switch (impl) {
            case "mycelium" -> {
                mycelium = ActorSystem.create("actor-ask");
                Echo echo = mycelium.spawn(Echo.class, "echo", EchoImpl::new);
                asker = mycelium.spawn(Asker.class, "asker", () -> new AskerImpl(echo));
            }
            case "pekko" -> {
                pekko = new PekkoRuntime("actor-ask");
                ActorRef<PekkoEcho.Request> echo = pekko.spawn(PekkoEcho.behavior(), "echo");
                pekkoAsker = pekko.spawn(Behaviors.setup(context -> new PekkoAsker(context, echo)),
                        "asker");
            }
            default -> throw new IllegalArgumentException(impl);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (mycelium != null) {
            mycelium.close();
        }
        if (pekko != null) {
            pekko.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public void roundTrip(RoundTripStats stats) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        if (asker != null) {
            asker.run(ROUNDS, Recorders.of(stats), done);
        } else {
            pekkoAsker.tell(new PekkoAsker.Run(ROUNDS, Recorders.of(stats), done));
        }
        Waits.await(done, "actor-to-actor asks (" + impl + ")");
    }
}
