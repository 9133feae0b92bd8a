package io.mycelium.bench.spawn;

import io.mycelium.annotation.Actor;

/** An actor that is spawned and then left alone. */
@Actor
public interface Idle {
    void poke();
}
