package io.mycelium.bench.pipeline;

import io.mycelium.annotation.Actor;

/** One link of the chain: passes each message on to the next. */
@Actor(local = true)
public interface Stage {
    void pass(int sequence);
}
