package io.mycelium.codec;

import io.mycelium.annotation.Actor;
import java.util.Date;
import java.util.concurrent.CompletionStage;

/** An in-process actor: any types, and no codec. */
@Actor(local = true)
public interface LocalOnly {
    void remember(Date when, StringBuilder notes, Object anything);

    CompletionStage<Thread> worker();
}
