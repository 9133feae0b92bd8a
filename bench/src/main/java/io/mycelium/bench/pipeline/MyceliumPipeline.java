package io.mycelium.bench.pipeline;

import io.mycelium.bench.support.Waits;
import io.mycelium.ActorContext;
import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

final class MyceliumPipeline implements Pipeline {
    private final ActorSystem system = ActorSystem.create("pipeline");
    private final Stage head;
    private final Tail tail = new Tail();
    private final Gather gather;

    MyceliumPipeline(int stages, int workers) {
        // Only the head is sent to by a plain thread, which may wait for room; actors fail fast.
        Stage next = system.spawn(Stage.class, "stage-" + (stages - 1), () -> tail);
        for (int i = stages - 2; i > 0; i--) {
            Stage downstream = next;
            next = system.spawn(Stage.class, "stage-" + i, () -> downstream::pass);
        }
        Stage first = next;
        head = system.spawn(Stage.class, "stage-0", () -> first::pass, SpawnOptions.defaults()
                .overflow(OverflowPolicy.block(Duration.ofSeconds(10))));
        Worker[] pool = new Worker[workers];
        for (int i = 0; i < workers; i++) {
            pool[i] = system.spawn(Worker.class, "worker-" + i, () -> Gather::answered);
        }
        gather = system.spawn(Gather.class, "gather", () -> new GatherImpl(pool));
    }

    @Override
    public void chain(int messages) throws InterruptedException {
        CountDownLatch done = tail.expect(messages);
        for (int i = 0; i < messages; i++) {
            head.pass(i);
        }
        Waits.await(done, "Mycelium chain");
    }

    @Override
    public void scatterGather(int rounds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        gather.start(rounds, done);
        Waits.await(done, "Mycelium scatter-gather");
    }

    @Override
    public void close() {
        system.close();
    }

    /** The last stage: counts down once the whole batch has arrived. */
    private static final class Tail implements Stage {
        private volatile CountDownLatch done;
        private volatile int expected;
        private int seen;

        CountDownLatch expect(int messages) {
            expected = messages;
            done = new CountDownLatch(1);
            return done;
        }

        @Override
        public void pass(int sequence) {
            if (++seen == expected) {
                seen = 0;
                done.countDown();
            }
        }
    }

    private static final class GatherImpl implements Gather {
        private final Worker[] workers;
        private final Gather self = ActorContext.current().self(Gather.class);
        private CountDownLatch done;
        private int roundsLeft;
        private int pending;

        GatherImpl(Worker[] workers) {
            this.workers = workers;
        }

        @Override
        public void start(int rounds, CountDownLatch done) {
            this.done = done;
            roundsLeft = rounds;
            scatter();
        }

        private void scatter() {
            roundsLeft--;
            pending = workers.length;
            for (Worker worker : workers) {
                worker.work(self, roundsLeft);
            }
        }

        @Override
        public void answered(int round) {
            if (--pending > 0) {
                return;
            }
            if (roundsLeft == 0) {
                done.countDown();
            } else {
                scatter();
            }
        }
    }
}
