package io.mycelium.internal;

import io.mycelium.Pool;
import io.mycelium.SpawnOptions;
import io.mycelium.Supervisor;
import io.mycelium.SupervisorStrategy;
import io.mycelium.Termination;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** The public face of a named {@link SupervisorNode}. */
final class SupervisorHandle implements Supervisor {
    private final SupervisorNode node;

    SupervisorHandle(SupervisorNode node) {
        this.node = node;
    }

    SupervisorNode node() {
        return node;
    }

    @Override
    public String name() {
        return node.name;
    }

    @Override
    public <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory) {
        return spawn(type, name, factory, SpawnOptions.defaults());
    }

    @Override
    public <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory,
            SpawnOptions options) {
        return node.core.spawn(node, type, name, factory, options);
    }

    @Override
    public <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory) {
        return spawnPool(type, name, pool, factory, SpawnOptions.defaults());
    }

    @Override
    public <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory,
            SpawnOptions options) {
        return node.core.spawnPool(node, type, name, pool, factory, options);
    }

    @Override
    public Supervisor supervisor(String name, SupervisorStrategy strategy) {
        return node.core.supervisor(node, name, strategy);
    }

    @Override
    public CompletionStage<Termination> stop() {
        node.stop(null);
        return whenTerminated();
    }

    @Override
    public CompletionStage<Termination> whenTerminated() {
        return node.termination.minimalCompletionStage();
    }

    @Override
    public String toString() {
        return "Supervisor[" + node.name + "]";
    }
}
