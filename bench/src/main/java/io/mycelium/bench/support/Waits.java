package io.mycelium.bench.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Bounded waits for a benchmark's work to finish, so that a runtime that loses a message or
 * live-locks fails that benchmark with a message instead of hanging the whole suite.
 */
public final class Waits {
    private static final long LIMIT_SECONDS = 30;

    private Waits() {
    }

    /** Waits for {@code done}; throws if {@code what} has not finished within 30 s. */
    public static void await(CountDownLatch done, String what) throws InterruptedException {
        if (!done.await(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(what + " did not finish within " + LIMIT_SECONDS + " s");
        }
    }
}
