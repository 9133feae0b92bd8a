package io.mycelium.behaviour;

import io.mycelium.annotation.Actor;
import io.mycelium.annotation.MessageId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A small protocol exercising tells, asks of both future types, and every kind of parameter. */
@Actor
public interface Counter {
    void add(long delta);

    void record(String sender, long sequence);

    void fail(String why);

    CompletionStage<Long> total();

    @MessageId(7)
    CompletableFuture<List<Long>> sequencesOf(String sender);

    CompletionStage<String> echoOrThrow(String text);

    CompletionStage<Void> sleep(long millis);

    void log(String... lines);
}
