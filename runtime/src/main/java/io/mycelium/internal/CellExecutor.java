package io.mycelium.internal;

/** Runs actor cells: the shared worker pool, or one actor's pinned thread. */
interface CellExecutor {

    /** {@code cell} has new work: make sure a thread will process it. */
    void schedule(ActorCell<?> cell);
}
