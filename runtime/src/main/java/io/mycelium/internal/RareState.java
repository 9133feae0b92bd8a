package io.mycelium.internal;

import java.util.HashSet;
import io.mycelium.Termination;
import java.util.List;

/**
 * The part of an actor's state that only failures, restarts, watches, stops with a cause and
 * {@link io.mycelium.ActorContext} use: made on first use, so that the many actors that never
 * need it do not carry its fields. Confined to the actor's turn, like the rest of its state.
 */
final class RareState {
    long restarts;
    boolean backoffPending;
    long restartGeneration;
    Failure lastFailure;
    Throwable stopCause;
    Supervision supervision;
    HashSet<Node> watching;
    List<Termination> deferredNotices;
    CellContext context;
}
