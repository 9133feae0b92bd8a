package io.mycelium.behaviour;

import io.mycelium.ActorContext;
import io.mycelium.ActorLifecycle;
import io.mycelium.ActorNotFoundException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

final class ChaosBossImpl implements ChaosBoss, ActorLifecycle {
    private final ChaosLedger.Spec spec;
    private final ChaosLedger ledger;
    private int spawned;

    ChaosBossImpl(ChaosLedger.Spec spec, ChaosLedger ledger) {
        this.spec = spec;
        this.ledger = ledger;
    }

    static void spawn(ActorContext context, ChaosLedger.Spec child, ChaosLedger ledger) {
        if (child.isWorker()) {
            context.spawn(ChaosWorker.class, child.name(), () -> new ChaosWorkerImpl(child.name(), ledger),
                    child.options());
        } else {
            context.spawn(ChaosBoss.class, child.name(), () -> new ChaosBossImpl(child, ledger), child.options());
        }
    }

    @Override
    public void started() {
        for (ChaosLedger.Spec child : spec.children()) {
            spawn(ActorContext.current(), child, ledger);
            spawned++;
        }
    }

    @Override
    public void poke(boolean explode) {
        ledger.enter(spec.name());
        try {
            if (explode) {
                ledger.failuresInjected.increment();
                throw new IllegalStateException("chaos in " + spec.name());
            }
        } finally {
            ledger.exit(spec.name());
        }
    }

    @Override
    public void respawn(String child) {
        ActorContext context = ActorContext.current();
        try {
            Class<?> type = child.startsWith("w") ? ChaosWorker.class : ChaosBoss.class;
            context.system().lookup(type, child);
            return; // alive: its parent (this) restarted it meanwhile, or it was never stopped
        } catch (ActorNotFoundException gone) {
            for (ChaosLedger.Spec each : spec.children()) {
                if (each.name().equals(child)) {
                    spawn(context, each, ledger);
                    spawned++;
                }
            }
        }
    }

    @Override
    public CompletionStage<Integer> spawned() {
        return CompletableFuture.completedFuture(spawned);
    }

    @Override
    public void restarting(Throwable cause) {
        ledger.restarts.increment();
    }
}
