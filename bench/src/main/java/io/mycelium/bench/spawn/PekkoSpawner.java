package io.mycelium.bench.spawn;

import io.mycelium.bench.support.PekkoRuntime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * Pekko actors can only be spawned by an actor, so one parent spawns them all on request, as
 * Mycelium's guardian holds all of its top-level actors.
 */
final class PekkoSpawner implements Spawner {
    record SpawnMany(int count, CompletableFuture<Void> done) {
    }

    private final PekkoRuntime runtime = new PekkoRuntime("spawn");
    private final AtomicInteger started = new AtomicInteger();
    private final ActorRef<SpawnMany> parent;

    PekkoSpawner() {
        Behavior<Void> idle = Behaviors.receiveMessage(message -> Behaviors.same());
        Behavior<Void> child = Behaviors.setup(context -> {
            started.incrementAndGet();
            return idle;
        });
        parent = runtime.spawn(Behaviors.receive((context, request) -> {
            for (int i = 0; i < request.count(); i++) {
                context.spawn(child, "a-" + i);
            }
            request.done().complete(null);
            return Behaviors.same();
        }), "parent");
    }

    @Override
    public void spawn(int count) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        parent.tell(new SpawnMany(count, done));
        done.join();
    }

    @Override
    public int started() {
        return started.get();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
