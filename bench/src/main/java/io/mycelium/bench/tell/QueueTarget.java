package io.mycelium.bench.tell;

import org.jctools.queues.varhandle.MpscVarHandleArrayQueue;

/**
 * The raw limit: a bounded JCTools MPSC queue (what a mailbox is) drained by one busy-spinning
 * thread, with no runtime around it. Senders spin while it is full.
 */
final class QueueTarget implements TellTarget {
    record Add(int sender) {
    }

    private final MpscVarHandleArrayQueue<Add> queue = new MpscVarHandleArrayQueue<>(64 * 1024);
    private final Counts counts;
    private final Thread consumer = new Thread(this::drain, "mpsc-consumer");
    private volatile boolean running = true;

    QueueTarget(int senders) {
        counts = new Counts(senders);
        consumer.setDaemon(true);
        consumer.start();
    }

    @Override
    public void tell(int sender) {
        Add add = new Add(sender);
        while (!queue.offer(add)) {
            Thread.onSpinWait();
        }
    }

    private void drain() {
        while (running) {
            Add add = queue.poll();
            if (add == null) {
                Thread.onSpinWait();
            } else {
                counts.increment(add.sender());
            }
        }
    }

    @Override
    public long handled(int sender) {
        return counts.get(sender);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.join(5_000);
    }
}
