package io.mycelium.bench;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** The benchmark actor: a tell that counts, and an ask that answers at once. */
@Actor
public interface Sink {
    void accept(long value);

    CompletionStage<Long> echo(long value);
}
