package io.mycelium.bench.ask;

import io.mycelium.annotation.Actor;
import io.mycelium.bench.support.LatencyHistogram;
import java.util.concurrent.CountDownLatch;

/** Asks an {@link Echo} from inside its own turns, one ask at a time, timing each. */
@Actor(local = true)
public interface Asker {
    void run(int rounds, LatencyHistogram into, CountDownLatch done);
}
