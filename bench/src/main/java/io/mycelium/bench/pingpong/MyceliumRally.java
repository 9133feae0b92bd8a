package io.mycelium.bench.pingpong;

import io.mycelium.bench.support.Waits;
import io.mycelium.ActorContext;
import io.mycelium.ActorSystem;
import io.mycelium.Dispatcher;
import io.mycelium.IdleStrategy;
import io.mycelium.SpawnOptions;
import io.mycelium.bench.support.LatencyHistogram;
import java.util.concurrent.CountDownLatch;

/** Two Mycelium actors, on the shared pool or each on a pinned busy-spinning thread. */
final class MyceliumRally implements Rally {
    private final ActorSystem system = ActorSystem.create("pingpong");
    private final Pinger pinger;

    MyceliumRally(boolean pinned) {
        SpawnOptions options = pinned
                ? SpawnOptions.defaults().dispatcher(Dispatcher.pinned(IdleStrategy.busySpin()))
                : SpawnOptions.defaults();
        Ponger ponger = system.spawn(Ponger.class, "ponger", PongerImpl::new, options);
        pinger = system.spawn(Pinger.class, "pinger", () -> new PingerImpl(ponger), options);
    }

    @Override
    public void play(int rounds, LatencyHistogram into) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        pinger.serve(rounds, into, done);
        Waits.await(done, "Mycelium ping-pong");
    }

    @Override
    public void close() {
        system.close();
    }

    private static final class PingerImpl implements Pinger {
        private final Ponger ponger;
        private final Pinger self = ActorContext.current().self(Pinger.class);
        private LatencyHistogram into;
        private CountDownLatch done;
        private long sentAt;

        PingerImpl(Ponger ponger) {
            this.ponger = ponger;
        }

        @Override
        public void serve(int rounds, LatencyHistogram into, CountDownLatch done) {
            this.into = into;
            this.done = done;
            sentAt = System.nanoTime();
            ponger.ping(self, rounds - 1);
        }

        @Override
        public void pong(int remaining) {
            long now = System.nanoTime();
            into.record(now - sentAt);
            if (remaining == 0) {
                done.countDown();
                return;
            }
            sentAt = now;
            ponger.ping(self, remaining - 1);
        }
    }

    private static final class PongerImpl implements Ponger {
        @Override
        public void ping(Pinger replyTo, int remaining) {
            replyTo.pong(remaining);
        }
    }
}
