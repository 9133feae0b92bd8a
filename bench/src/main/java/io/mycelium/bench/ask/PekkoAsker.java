package io.mycelium.bench.ask;

import io.mycelium.bench.support.LatencyHistogram;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Receive;

/** The Pekko counterpart of {@link AskerImpl}: {@code ActorContext.ask}, answered on the asker's turn. */
final class PekkoAsker extends AbstractBehavior<PekkoAsker.Message> {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    sealed interface Message {
    }

    record Run(int rounds, LatencyHistogram into, CountDownLatch done) implements Message {
    }

    private record Answered(long value, long sentAt) implements Message {
    }

    private final ActorRef<PekkoEcho.Request> echo;
    private LatencyHistogram into;
    private CountDownLatch done;

    PekkoAsker(ActorContext<Message> context, ActorRef<PekkoEcho.Request> echo) {
        super(context);
        this.echo = echo;
    }

    @Override
    public Receive<Message> createReceive() {
        return newReceiveBuilder()
                .onMessage(Run.class, this::onRun)
                .onMessage(Answered.class, this::onAnswered)
                .build();
    }

    private Behavior<Message> onRun(Run run) {
        into = run.into();
        done = run.done();
        next(run.rounds());
        return this;
    }

    private Behavior<Message> onAnswered(Answered answered) {
        into.record(System.nanoTime() - answered.sentAt());
        if (answered.value() == 1) {
            done.countDown();
        } else {
            next((int) answered.value() - 1);
        }
        return this;
    }

    private void next(int remaining) {
        long sentAt = System.nanoTime();
        getContext().ask(Long.class, echo, TIMEOUT,
                replyTo -> new PekkoEcho.Request(remaining, replyTo),
                (value, failure) -> {
                    if (failure != null) {
                        throw new IllegalStateException("ask failed", failure);
                    }
                    return new Answered(value, sentAt);
                });
    }
}
