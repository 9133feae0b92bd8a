package io.mycelium.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure travelling up the supervision tree: the exception, and the names of the actors it
 * passed through, starting with the one that failed.
 */
record Failure(Throwable cause, List<String> chain) {

    static Failure of(Throwable cause, String actorName) {
        return new Failure(cause, List.of(actorName));
    }

    /** The same failure, escalated by {@code actorName}. */
    Failure escalatedBy(String actorName) {
        List<String> longer = new ArrayList<>(chain.size() + 1);
        longer.addAll(chain);
        longer.add(actorName);
        return new Failure(cause, List.copyOf(longer));
    }

    /** E.g. {@code worker-1 -> team-1 -> dept}. */
    String path() {
        return String.join(" -> ", chain);
    }
}
