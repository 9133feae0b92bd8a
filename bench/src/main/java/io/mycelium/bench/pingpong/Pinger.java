package io.mycelium.bench.pingpong;

import io.mycelium.annotation.Actor;
import io.mycelium.bench.support.LatencyHistogram;
import java.util.concurrent.CountDownLatch;

/** The serving side of the Mycelium rally: times each round trip. */
@Actor(local = true)
public interface Pinger {
    void serve(int rounds, LatencyHistogram into, CountDownLatch done);

    void pong(int remaining);
}
