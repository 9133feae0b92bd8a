package io.mycelium.internal;

import io.mycelium.ActorContext;
import io.mycelium.ActorSystem;
import io.mycelium.Pool;
import io.mycelium.SpawnOptions;
import io.mycelium.Supervisor;
import io.mycelium.SupervisorStrategy;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link ActorContext} of one actor; every call checks that it runs on that actor's turn. */
final class CellContext implements ActorContext {
    private final ActorCell<?> cell;

    CellContext(ActorCell<?> cell) {
        this.cell = cell;
    }

    private ActorCell<?> onTurn() {
        if (ActorCell.current() != cell) {
            throw new IllegalStateException("the context of actor '" + cell.name + "' may only be"
                    + " used on that actor's own turn (a handler, a lifecycle hook, an ask callback"
                    + " or its constructor), not from another thread or actor");
        }
        return cell;
    }

    @Override
    public String name() {
        return cell.name;
    }

    @Override
    public ActorSystem system() {
        return cell.core.system();
    }

    @Override
    public <A> A self(Class<A> type) {
        Objects.requireNonNull(type, "type");
        Class<?> actual = cell.descriptor().actorType();
        if (actual != type) {
            throw new IllegalArgumentException("actor '" + cell.name + "' implements "
                    + actual.getName() + ", not " + type.getName());
        }
        return type.cast(cell.proxy());
    }

    @Override
    public <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory) {
        return spawn(type, name, factory, SpawnOptions.defaults());
    }

    @Override
    public <A> A spawn(Class<A> type, String name, Supplier<? extends A> factory,
            SpawnOptions options) {
        return cell.core.spawn(onTurn(), type, name, factory, options);
    }

    @Override
    public <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory) {
        return spawnPool(type, name, pool, factory, SpawnOptions.defaults());
    }

    @Override
    public <A> A spawnPool(Class<A> type, String name, Pool pool, Supplier<? extends A> factory,
            SpawnOptions options) {
        return cell.core.spawnPool(onTurn(), type, name, pool, factory, options);
    }

    @Override
    public Supervisor supervisor(String name, SupervisorStrategy strategy) {
        return cell.core.supervisor(onTurn(), name, strategy);
    }

    @Override
    public void watch(Object ref) {
        onTurn().watch(SystemCore.nodeOf(ref));
    }

    @Override
    public void unwatch(Object ref) {
        onTurn().unwatch(SystemCore.nodeOf(ref));
    }

    @Override
    public void link(Object ref) {
        onTurn().link(SystemCore.nodeOf(ref));
    }

    @Override
    public void unlink(Object ref) {
        onTurn().unlink(SystemCore.nodeOf(ref));
    }

    @Override
    public String toString() {
        return "ActorContext[" + cell.name + "]";
    }
}
