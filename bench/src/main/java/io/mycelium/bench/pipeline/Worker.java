package io.mycelium.bench.pipeline;

import io.mycelium.annotation.Actor;

/** Answers its part of a round. */
@Actor(local = true)
public interface Worker {
    void work(Gather replyTo, int round);
}
