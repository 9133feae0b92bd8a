package io.mycelium.internal;

import io.mycelium.IdleStrategy;
import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import org.jctools.queues.varhandle.MpmcVarHandleArrayQueue;

/**
 * The shared dispatcher: worker threads taking runnable actors from one FIFO run queue and
 * running each for a batch of at most {@code throughput} messages. An actor is in the run queue
 * at most once (its claim flag), which bounds the queue by the number of actors; a bounded ring
 * takes the common case without allocating, and a linked queue takes the overflow of very large
 * systems. Idle workers spin, yield, then park; a submit wakes one parked worker unless another
 * idle worker is still awake.
 */
final class WorkerPool implements CellExecutor, WorkSource {
    private static final System.Logger LOG = System.getLogger(WorkerPool.class.getName());
    private static final int RING_CAPACITY = 1 << 16;

    private final MpmcVarHandleArrayQueue<ActorCell<?>> ring = new MpmcVarHandleArrayQueue<>(RING_CAPACITY);
    private final ConcurrentLinkedQueue<ActorCell<?>> overflow = new ConcurrentLinkedQueue<>();
    private final Worker[] workers;
    private final int throughput;
    private volatile boolean running = true;

    WorkerPool(int threads, int throughput, IdleStrategy idleStrategy, ThreadFactory threadFactory) {
        this.throughput = throughput;
        this.workers = new Worker[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(new Idler(idleStrategy));
        }
        for (Worker worker : workers) {
            worker.thread = threadFactory.newThread(worker);
            worker.thread.start();
        }
    }

    @Override
    public void schedule(ActorCell<?> cell) {
        if (cell.tryClaim()) {
            submit(cell);
        }
    }

    /** Queues a cell whose claim the caller holds. */
    void submit(ActorCell<?> cell) {
        if (!running) {
            // Nobody will run it any more: drain it here, so asks to stopped actors still fail.
            cell.runTurn(Integer.MAX_VALUE);
            cell.releaseClaim();
            return;
        }
        if (!ring.offer(cell)) {
            overflow.add(cell);
        }
        // A worker that is idle but awake will find the cell: an unpark would only cost this
        // thread a system call and wake a second worker for nothing.
        for (Worker worker : workers) {
            if (worker.idler.isSearching()) {
                return;
            }
        }
        for (Worker worker : workers) {
            if (worker.idler.wake()) {
                return;
            }
        }
    }

    @Override
    public boolean hasWork() {
        return !ring.isEmpty() || !overflow.isEmpty() || !running;
    }

    private ActorCell<?> next() {
        ActorCell<?> cell = ring.poll();
        return cell != null ? cell : overflow.poll();
    }

    /** Stops the workers after the queue is empty and waits for them. */
    void shutdown() {
        running = false;
        for (Worker worker : workers) {
            worker.idler.wakeUnconditionally();
        }
        for (Worker worker : workers) {
            if (worker.thread == Thread.currentThread()) {
                continue;
            }
            try {
                worker.thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ActorCell<?> cell;
        while ((cell = next()) != null) {
            cell.runTurn(Integer.MAX_VALUE);
            cell.releaseClaim();
        }
    }

    private final class Worker implements Runnable {
        final Idler idler;
        Thread thread;

        Worker(Idler idler) {
            this.idler = idler;
        }

        @Override
        public void run() {
            idler.bindToCurrentThread();
            while (running) {
                ActorCell<?> cell = next();
                if (cell == null) {
                    idler.idle(WorkerPool.this);
                    continue;
                }
                idler.reset();
                try {
                    cell.runTurn(throughput);
                } catch (Throwable t) {
                    LOG.log(Level.ERROR, "actor '" + cell.name() + "' broke its dispatcher turn", t);
                }
                cell.releaseAndReschedule(WorkerPool.this);
            }
        }
    }
}
