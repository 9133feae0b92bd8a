package io.mycelium.bench.pingpong;

import io.mycelium.bench.support.Waits;
import io.mycelium.bench.support.LatencyHistogram;
import io.mycelium.bench.support.PekkoRuntime;
import java.util.concurrent.CountDownLatch;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** The same rally between two Pekko typed actors, on Pekko's default dispatcher. */
final class PekkoRally implements Rally {
    sealed interface PingerMessage {
    }

    record Serve(int rounds, LatencyHistogram into, CountDownLatch done) implements PingerMessage {
    }

    record Pong(int remaining) implements PingerMessage {
    }

    record Ping(ActorRef<PingerMessage> replyTo, int remaining) {
    }

    private final PekkoRuntime runtime = new PekkoRuntime("pingpong");
    private final ActorRef<PingerMessage> pinger;

    PekkoRally() {
        ActorRef<Ping> ponger = runtime.spawn(Behaviors.receiveMessage(ping -> {
            ping.replyTo().tell(new Pong(ping.remaining()));
            return Behaviors.same();
        }), "ponger");
        pinger = runtime.spawn(Behaviors.setup(context -> new PingerBehavior(context, ponger)), "pinger");
    }

    @Override
    public void play(int rounds, LatencyHistogram into) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        pinger.tell(new Serve(rounds, into, done));
        Waits.await(done, "Pekko ping-pong");
    }

    @Override
    public void close() {
        runtime.close();
    }

    private static final class PingerBehavior extends AbstractBehavior<PingerMessage> {
        private final ActorRef<Ping> ponger;
        private LatencyHistogram into;
        private CountDownLatch done;
        private long sentAt;

        PingerBehavior(ActorContext<PingerMessage> context, ActorRef<Ping> ponger) {
            super(context);
            this.ponger = ponger;
        }

        @Override
        public Receive<PingerMessage> createReceive() {
            return newReceiveBuilder()
                    .onMessage(Serve.class, this::onServe)
                    .onMessage(Pong.class, this::onPong)
                    .build();
        }

        private Behavior<PingerMessage> onServe(Serve serve) {
            into = serve.into();
            done = serve.done();
            sentAt = System.nanoTime();
            ponger.tell(new Ping(getContext().getSelf(), serve.rounds() - 1));
            return this;
        }

        private Behavior<PingerMessage> onPong(Pong pong) {
            long now = System.nanoTime();
            into.record(now - sentAt);
            if (pong.remaining() == 0) {
                done.countDown();
                return this;
            }
            sentAt = now;
            ponger.tell(new Ping(getContext().getSelf(), pong.remaining() - 1));
            return this;
        }
    }
}
