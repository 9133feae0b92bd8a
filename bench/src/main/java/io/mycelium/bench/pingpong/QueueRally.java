package io.mycelium.bench.pingpong;

import io.mycelium.bench.support.Waits;
import io.mycelium.bench.support.LatencyHistogram;
import java.util.concurrent.CountDownLatch;
import org.jctools.queues.MessagePassingQueue;
import org.jctools.queues.varhandle.MpscVarHandleArrayQueue;
import org.jctools.queues.varhandle.SpscVarHandleArrayQueue;

/**
 * The raw limit: two threads hitting a small object back and forth over two JCTools queues, both
 * busy-spinning, with no runtime in between. SPSC queues are the floor; MPSC queues (what any
 * mailbox that several threads may send to has to be) show what the multi-producer offer costs.
 */
final class QueueRally implements Rally {
    record Ball(int remaining) {
    }

    private record Job(int rounds, LatencyHistogram into, CountDownLatch done) {
    }

    private final MessagePassingQueue<Ball> toPonger;
    private final MessagePassingQueue<Ball> toPinger;
    private final Thread pinger = new Thread(this::serveLoop, "queue-pinger");
    private final Thread ponger = new Thread(this::returnLoop, "queue-ponger");
    private volatile Job job;
    private volatile boolean running = true;

    QueueRally(boolean multiProducer) {
        toPonger = multiProducer ? new MpscVarHandleArrayQueue<>(1024) : new SpscVarHandleArrayQueue<>(1024);
        toPinger = multiProducer ? new MpscVarHandleArrayQueue<>(1024) : new SpscVarHandleArrayQueue<>(1024);
        pinger.setDaemon(true);
        ponger.setDaemon(true);
        pinger.start();
        ponger.start();
    }

    @Override
    public void play(int rounds, LatencyHistogram into) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        job = new Job(rounds, into, done);
        Waits.await(done, "raw queue ping-pong");
    }

    private void serveLoop() {
        while (running) {
            Job current = job;
            if (current == null) {
                Thread.onSpinWait();
                continue;
            }
            job = null;
            LatencyHistogram into = current.into();
            long sentAt = System.nanoTime();
            toPonger.offer(new Ball(current.rounds() - 1));
            while (true) {
                Ball ball;
                while ((ball = toPinger.poll()) == null) {
                    Thread.onSpinWait();
                }
                long now = System.nanoTime();
                into.record(now - sentAt);
                if (ball.remaining() == 0) {
                    break;
                }
                sentAt = now;
                toPonger.offer(new Ball(ball.remaining() - 1));
            }
            current.done().countDown();
        }
    }

    private void returnLoop() {
        while (running) {
            Ball ball = toPonger.poll();
            if (ball == null) {
                Thread.onSpinWait();
                continue;
            }
            toPinger.offer(new Ball(ball.remaining()));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        pinger.join(5_000);
        ponger.join(5_000);
    }
}
