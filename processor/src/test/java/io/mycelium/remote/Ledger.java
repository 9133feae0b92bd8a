package io.mycelium.remote;

import io.mycelium.annotation.Actor;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** A protocol for transport tests: tells, asks, failures and callbacks across nodes. */
@Actor
public interface Ledger {
    /** Adds {@code amount} to the account of {@code sender}. */
    void post(String sender, long amount);

    /** How many posts arrived with an amount not above the previous one from the same sender. */
    CompletionStage<Long> outOfOrder();

    /** The total of every post so far. */
    CompletionStage<Long> total();

    /** The count of posts from {@code sender}. */
    CompletionStage<Long> countFrom(String sender);

    /** Echoes {@code entries} back; exercises records and collections. */
    CompletionStage<List<Entry>> echo(List<Entry> entries);

    /** Throws IllegalStateException with {@code message}. */
    CompletionStage<Long> fail(String message);

    /** Answers only after {@code millis}: for asks that are still waiting when a node dies. */
    CompletionStage<Long> slow(long millis);

    /** Registers {@code watcher}, which is told of every post from now on. */
    void subscribe(LedgerWatcher watcher);

    /** Asks {@code watcher} for its name and answers with it: a callback ask across nodes. */
    CompletionStage<String> nameOf(LedgerWatcher watcher);

    /** Makes the ledger exit its JVM at once, to test a node dying mid-run. */
    void halt();
}
