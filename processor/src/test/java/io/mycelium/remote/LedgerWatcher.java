package io.mycelium.remote;

import io.mycelium.annotation.Actor;
import java.util.concurrent.CompletionStage;

/** Receives callbacks from a {@link Ledger} on another node. */
@Actor
public interface LedgerWatcher {
    void posted(String sender, long amount, long total);

    CompletionStage<String> name();
}
