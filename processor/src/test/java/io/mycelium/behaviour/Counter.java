package io.mycelium.behaviour;

import io.mycelium.annotation.Actor;
import io.mycelium.annotation.MessageId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A protocol exercising tells, asks of both future types, failures and a handler that blocks. */
@Actor
public interface Counter {
    void add(long delta);

    void record(String sender, long sequence);

    void fail(String why);

    /** Blocks the actor until the test opens its gate: lets tests fill the mailbox. */
    void hold();

    CompletionStage<Long> total();

    @MessageId(7)
    CompletableFuture<List<Long>> sequencesOf(String sender);

    CompletionStage<String> echoOrThrow(String text);

    /** Answers an empty text with a failed stage: an error reply, not a failure of the actor. */
    CompletionStage<String> echoOrReject(String text);

    /** Never answers: for timeout tests. */
    CompletionStage<String> never();

    /** Returns null instead of a stage: a handler bug the runtime must report. */
    CompletionStage<String> broken();

    CompletionStage<Long> instanceNumber();

    void log(String... lines);

    CompletionStage<Integer> logged();
}
