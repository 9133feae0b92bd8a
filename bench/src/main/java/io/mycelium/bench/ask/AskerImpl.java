package io.mycelium.bench.ask;

import io.mycelium.bench.support.LatencyHistogram;
import java.util.concurrent.CountDownLatch;

/** The reply resumes on this actor's turn (DESIGN: asks made inside an actor resume inside it). */
final class AskerImpl implements Asker {
    private final Echo echo;
    private LatencyHistogram into;
    private CountDownLatch done;

    AskerImpl(Echo echo) {
        this.echo = echo;
    }

    @Override
    public void run(int rounds, LatencyHistogram into, CountDownLatch done) {
        this.into = into;
        this.done = done;
        next(rounds);
    }

    private void next(int remaining) {
        long sentAt = System.nanoTime();
        echo.echo(remaining).thenAccept(value -> {
            into.record(System.nanoTime() - sentAt);
            if (value == 1) {
                done.countDown();
            } else {
                next(remaining - 1);
            }
        });
    }
}
