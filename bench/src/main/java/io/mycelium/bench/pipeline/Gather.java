package io.mycelium.bench.pipeline;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CountDownLatch;

/** Scatters each round to every worker and starts the next round once all have answered. */
@Actor(local = true)
public interface Gather {
    void start(int rounds, CountDownLatch done);

    void answered(int round);
}
