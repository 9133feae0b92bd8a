package io.mycelium.internal;

import io.mycelium.DeadLetter;
import java.lang.System.Logger.Level;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Counts messages that reached no handler (dropped on overflow, or sent to a stopped actor), logs
 * them at a bounded rate (the first at once, then at most one line a second that says how many
 * more there were) and passes each to the registered listeners.
 */
final class DeadLetters {
    private static final System.Logger LOG = System.getLogger("io.mycelium.deadletters");
    private static final long LOG_INTERVAL_NANOS = 1_000_000_000L;

    private final String systemName;
    private final LongAdder count = new LongAdder();
    private final AtomicLong nextLogAt = new AtomicLong(System.nanoTime());
    private final LongAdder unlogged = new LongAdder();
    private final CopyOnWriteArrayList<Consumer<? super DeadLetter>> listeners =
            new CopyOnWriteArrayList<>();

    DeadLetters(String systemName) {
        this.systemName = systemName;
    }

    void record(String actorName, String messageName, String reason, Object message) {
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
        if (!listeners.isEmpty()) {
            DeadLetter letter = new DeadLetter(actorName, messageName, reason, message);
            for (Consumer<? super DeadLetter> listener : listeners) {
                try {
                    listener.accept(letter);
                } catch (RuntimeException | Error e) {
                    LOG.log(Level.ERROR, "a dead-letter listener of actor system '" + systemName
                            + "' threw; ignored", e);
                }
            }
        }
    }

    void addListener(Consumer<? super DeadLetter> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<? super DeadLetter> listener) {
        listeners.remove(listener);
    }

    long count() {
        return count.sum();
    }
}
