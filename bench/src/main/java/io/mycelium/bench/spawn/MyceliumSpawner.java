package io.mycelium.bench.spawn;

import io.mycelium.ActorSystem;
import java.util.concurrent.atomic.AtomicInteger;

final class MyceliumSpawner implements Spawner {
    private final ActorSystem system = ActorSystem.create("spawn");
    private final AtomicInteger started = new AtomicInteger();

    @Override
    public void spawn(int count) {
        for (int i = 0; i < count; i++) {
            system.spawn(Idle.class, "a-" + i, () -> new IdleImpl(started));
        }
    }

    @Override
    public int started() {
        return started.get();
    }

    @Override
    public void close() {
        system.close();
    }
}
