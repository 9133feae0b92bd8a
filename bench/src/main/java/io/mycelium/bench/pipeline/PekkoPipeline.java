package io.mycelium.bench.pipeline;

import io.mycelium.bench.support.Waits;
import io.mycelium.bench.support.PekkoRuntime;
import java.util.concurrent.CountDownLatch;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

final class PekkoPipeline implements Pipeline {
    record Pass(int sequence) {
    }

    sealed interface GatherMessage {
    }

    record Start(int rounds, CountDownLatch done) implements GatherMessage {
    }

    record Answered(int round) implements GatherMessage {
    }

    record Work(ActorRef<GatherMessage> replyTo, int round) {
    }

    private final PekkoRuntime runtime = new PekkoRuntime("pipeline");
    private final ActorRef<Pass> head;
    private final ActorRef<GatherMessage> gather;
    private volatile CountDownLatch chainDone;
    private volatile int expected;

    PekkoPipeline(int stages, int workers) {
        int[] seen = new int[1];
        ActorRef<Pass> next = runtime.spawn(Behaviors.receiveMessage(pass -> {
            if (++seen[0] == expected) {
                seen[0] = 0;
                chainDone.countDown();
            }
            return Behaviors.same();
        }), "stage-" + (stages - 1));
        for (int i = stages - 2; i >= 0; i--) {
            ActorRef<Pass> downstream = next;
            next = runtime.spawn(Behaviors.receiveMessage(pass -> {
                downstream.tell(new Pass(pass.sequence()));
                return Behaviors.same();
            }), "stage-" + i);
        }
        head = next;
        @SuppressWarnings("unchecked")
        ActorRef<Work>[] pool = new ActorRef[workers];
        Behavior<Work> worker = Behaviors.receiveMessage(work -> {
            work.replyTo().tell(new Answered(work.round()));
            return Behaviors.same();
        });
        for (int i = 0; i < workers; i++) {
            pool[i] = runtime.spawn(worker, "worker-" + i);
        }
        gather = runtime.spawn(gatherer(pool), "gather");
    }

    private static Behavior<GatherMessage> gatherer(ActorRef<Work>[] workers) {
        return Behaviors.setup(context -> {
            CountDownLatch[] done = new CountDownLatch[1];
            int[] state = new int[2]; // rounds left, answers pending
            Runnable scatter = () -> {
                state[0]--;
                state[1] = workers.length;
                for (ActorRef<Work> w : workers) {
                    w.tell(new Work(context.getSelf(), state[0]));
                }
            };
            return Behaviors.receive(GatherMessage.class)
                    .onMessage(Start.class, start -> {
                        done[0] = start.done();
                        state[0] = start.rounds();
                        scatter.run();
                        return Behaviors.same();
                    })
                    .onMessage(Answered.class, answered -> {
                        if (--state[1] > 0) {
                            return Behaviors.same();
                        }
                        if (state[0] == 0) {
                            done[0].countDown();
                        } else {
                            scatter.run();
                        }
                        return Behaviors.same();
                    })
                    .build();
        });
    }

    @Override
    public void chain(int messages) throws InterruptedException {
        expected = messages;
        CountDownLatch done = new CountDownLatch(1);
        chainDone = done;
        for (int i = 0; i < messages; i++) {
            head.tell(new Pass(i));
        }
        Waits.await(done, "Pekko chain");
    }

    @Override
    public void scatterGather(int rounds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        gather.tell(new Start(rounds, done));
        Waits.await(done, "Pekko scatter-gather");
    }

    @Override
    public void close() {
        runtime.close();
    }
}
