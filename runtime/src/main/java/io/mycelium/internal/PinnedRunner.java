package io.mycelium.internal;

import java.lang.System.Logger.Level;

/**
 * The pinned dispatcher: one thread running one actor for as long as it lives, idling with the
 * actor's {@link io.mycelium.IdleStrategy}. The thread holds the actor's claim from start to stop;
 * when the actor stops it hands the cell to the shared pool, which drains what arrives later.
 */
final class PinnedRunner implements CellExecutor, Runnable {
    private static final System.Logger LOG = System.getLogger(PinnedRunner.class.getName());
    private static final int BATCH = 256;

    private final ActorCell<?> cell;
    private final Idler idler;
    private final WorkerPool afterStop;

    PinnedRunner(ActorCell<?> cell, Idler idler, WorkerPool afterStop) {
        this.cell = cell;
        this.idler = idler;
        this.afterStop = afterStop;
    }

    @Override
    public void schedule(ActorCell<?> target) {
        idler.wake();
    }

    @Override
    public void run() {
        idler.bindToCurrentThread();
        try {
            while (!cell.isStopped()) {
                int processed;
                try {
                    processed = cell.runTurn(BATCH);
                } catch (Throwable t) {
                    LOG.log(Level.ERROR, "actor '" + cell.name() + "' broke its pinned thread", t);
                    processed = 1;
                }
                if (processed > 0) {
                    idler.reset();
                } else {
                    idler.idle(cell);
                }
            }
        } finally {
            cell.handOver(afterStop);
        }
    }
}
