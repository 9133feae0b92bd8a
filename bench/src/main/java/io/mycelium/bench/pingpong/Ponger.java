package io.mycelium.bench.pingpong;

import io.mycelium.annotation.Actor;

/** The returning side of the Mycelium rally. */
@Actor(local = true)
public interface Ponger {
    void ping(Pinger replyTo, int remaining);
}
