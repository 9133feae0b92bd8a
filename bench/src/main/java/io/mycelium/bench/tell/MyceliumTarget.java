package io.mycelium.bench.tell;

import io.mycelium.ActorSystem;
import io.mycelium.OverflowPolicy;
import io.mycelium.SpawnOptions;
import java.time.Duration;

/** One Mycelium actor on the shared pool; a bounded mailbox that makes senders wait when full. */
final class MyceliumTarget implements TellTarget {
    private final ActorSystem system = ActorSystem.create("tell");
    private final Counts counts;
    private final Counter counter;

    MyceliumTarget(int senders) {
        counts = new Counts(senders);
        counter = system.spawn(Counter.class, "counter", () -> counts::increment,
                SpawnOptions.defaults().mailboxCapacity(64 * 1024)
                        .overflow(OverflowPolicy.block(Duration.ofSeconds(10))));
    }

    @Override
    public void tell(int sender) {
        counter.add(sender);
    }

    @Override
    public long handled(int sender) {
        return counts.get(sender);
    }

    @Override
    public void close() {
        system.close();
    }
}
