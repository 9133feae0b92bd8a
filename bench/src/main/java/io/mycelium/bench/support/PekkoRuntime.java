package io.mycelium.bench.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * An Apache Pekko typed actor system at its defaults (fork-join dispatcher, throughput 5,
 * unbounded mailboxes), whose guardian spawns actors on request so that benchmarks can create
 * them from the outside, as they do with Mycelium.
 */
public final class PekkoRuntime implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ActorSystem<SpawnProtocol.Command> system;

    public PekkoRuntime(String name) {
        system = ActorSystem.create(SpawnProtocol.create(), name);
    }

    public ActorSystem<SpawnProtocol.Command> system() {
        return system;
    }

    /** Spawns a top-level actor and waits for its reference. */
    public <T> ActorRef<T> spawn(Behavior<T> behavior, String name) {
        return AskPattern.<SpawnProtocol.Command, ActorRef<T>>ask(system,
                        replyTo -> new SpawnProtocol.Spawn<>(behavior, name, Props.empty(), replyTo),
                        TIMEOUT, system.scheduler())
                .toCompletableFuture().join();
    }

    @Override
    public void close() {
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Pekko did not terminate", e);
        }
    }
}
