package io.mycelium.bench.ask;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/** The Pekko counterpart of {@link Echo}. */
final class PekkoEcho {
    record Request(long value, ActorRef<Long> replyTo) {
    }

    private PekkoEcho() {
    }

    static Behavior<Request> behavior() {
        return Behaviors.receiveMessage(request -> {
            request.replyTo().tell(request.value());
            return Behaviors.same();
        });
    }
}
