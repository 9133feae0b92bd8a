package io.mycelium.bench.ask;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** Answers an ask at once. */
@Actor
public interface Echo {
    CompletionStage<Long> echo(long value);
}
