package io.mycelium.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts messages that reached no handler (dropped on overflow, or sent to a stopped actor) and
 * logs them at a bounded rate: the first at once, then at most one line a second that says how
 * many more there were.
 */
final class DeadLetters {
    private static final System.Logger LOG = System.getLogger("io.mycelium.deadletters");
    private static final long LOG_INTERVAL_NANOS = 1_000_000_000L;

    private final String systemName;
    private final LongAdder count = new LongAdder();
    private final AtomicLong nextLogAt = new AtomicLong(System.nanoTime());
    private final LongAdder unlogged = new LongAdder();

    DeadLetters(String systemName) {
        this.systemName = systemName;
    }

    void record(String actorName, String messageName, String reason) {
        count.increment();
        long now = System.nanoTime();
        long due = nextLogAt.get();
        if (now - due >= 0 && nextLogAt.compareAndSet(due, now + LOG_INTERVAL_NANOS)) {
            long more = unlogged.sumThenReset();
            LOG.log(Level.WARNING, "dead letter in actor system ''{0}'': ''{1}'' to actor ''{2}'' ({3}){4}",
                    systemName, messageName, actorName, reason,
                    more == 0 ? "" : "; " + more + " more dead letters since the last report");
        } else {
            unlogged.increment();
        }
    }

    long count() {
        return count.sum();
    }
}
