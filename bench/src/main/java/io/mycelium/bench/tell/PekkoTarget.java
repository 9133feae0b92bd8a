package io.mycelium.bench.tell;

import io.mycelium.bench.support.PekkoRuntime;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/** One Pekko typed actor at Pekko's defaults. */
final class PekkoTarget implements TellTarget {
    record Add(int sender) {
    }

    private final PekkoRuntime runtime = new PekkoRuntime("tell");
    private final Counts counts;
    private final ActorRef<Add> counter;

    PekkoTarget(int senders) {
        counts = new Counts(senders);
        counter = runtime.spawn(Behaviors.receiveMessage(add -> {
            counts.increment(add.sender());
            return Behaviors.same();
        }), "counter");
    }

    @Override
    public void tell(int sender) {
        counter.tell(new Add(sender));
    }

    @Override
    public long handled(int sender) {
        return counts.get(sender);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
