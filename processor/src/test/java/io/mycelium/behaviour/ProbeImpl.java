package io.mycelium.behaviour;

import io.mycelium.ActorContext;
import io.mycelium.ActorLifecycle;
import io.mycelium.Termination;
import io.mycelium.Watcher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A probe: records its lifecycle in the {@link Journal} ("started", "restarting", "stopping",
 * "notice"), spawns the children of its {@link Tree} when it starts, and fails on demand.
 */
final class ProbeImpl implements Probe, ActorLifecycle, Watcher {
    private final Tree tree;
    private final Journal journal;
    private final int generation;
    private long count;

    ProbeImpl(Tree tree, Journal journal) {
        this.tree = tree;
        this.journal = journal;
        this.generation = journal.nextGeneration(tree.name());
        journal.record("constructed", ActorContext.current().name()); // the factory runs for the actor
    }

    private static RuntimeException failure(String kind) {
        return switch (kind) {
            case "state" -> new IllegalStateException("injected " + kind);
            case "argument" -> new IllegalArgumentException("injected " + kind);
            default -> new UnsupportedOperationException("injected " + kind);
        };
    }

    @Override
    public void started() {
        journal.record("started", tree.name());
        if (journal.takeStartFailure(tree.name())) {
            throw new IllegalStateException("start failed");
        }
        ActorContext context = ActorContext.current();
        for (Tree child : tree.children()) {
            context.spawn(Probe.class, child.name(), () -> new ProbeImpl(child, journal), child.options());
        }
    }

    @Override
    public void restarting(Throwable cause) {
        journal.record("restarting", tree.name());
        journal.record("cause=" + cause.getMessage(), tree.name());
    }

    @Override
    public void stopping() {
        journal.record("stopping", tree.name());
    }

    @Override
    public void terminated(Termination notice) {
        // Recorded under the name of the actor whose turn this runs on: it must be this one.
        journal.record("notice(" + notice.actorName() + "," + notice.cause().map(Throwable::getMessage)
                .orElse("normal") + ")", ActorContext.current().name());
    }

    @Override
    public void add(long n) {
        count += n;
    }

    @Override
    public void fail(String kind) {
        journal.record("fail", tree.name());
        if (kind.equals("error")) {
            throw new ProbeError("injected error");
        }
        throw failure(kind);
    }

    @Override
    public CompletionStage<Long> failOnAsk(String kind) {
        journal.record("fail", tree.name());
        if (kind.equals("error")) {
            throw new ProbeError("injected error");
        }
        throw failure(kind);
    }

    @Override
    public CompletionStage<Long> count() {
        return CompletableFuture.completedFuture(count);
    }

    @Override
    public CompletionStage<Integer> generation() {
        return CompletableFuture.completedFuture(generation);
    }

    private Probe probe(String name) {
        return ActorContext.current().system().lookup(Probe.class, name);
    }

    @Override
    public void watch(String name) {
        ActorContext.current().watch(probe(name));
    }

    @Override
    public void unwatch(String name) {
        ActorContext.current().unwatch(probe(name));
    }

    @Override
    public void link(String name) {
        ActorContext.current().link(probe(name));
    }

    @Override
    public void unlink(String name) {
        ActorContext.current().unlink(probe(name));
    }

    @Override
    public CompletionStage<String> spawnChild(String name) {
        Tree child = Tree.leaf(name);
        ActorContext.current().spawn(Probe.class, name, () -> new ProbeImpl(child, journal));
        return CompletableFuture.completedFuture(name);
    }
}
