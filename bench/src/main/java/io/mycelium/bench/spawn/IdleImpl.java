package io.mycelium.bench.spawn;

import io.mycelium.ActorLifecycle;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts its start, so the benchmark waits for actors that really run, not just references. */
final class IdleImpl implements Idle, ActorLifecycle {
    private final AtomicInteger started;

    IdleImpl(AtomicInteger started) {
        this.started = started;
    }

    @Override
    public void started() {
        started.incrementAndGet();
    }

    @Override
    public void poke() {
    }
}
