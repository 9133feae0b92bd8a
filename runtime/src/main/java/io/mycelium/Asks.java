package io.mycelium;

import io.mycelium.internal.SystemCore;
import java.time.Duration;

/** Per-call settings for asks. */
public final class Asks {
    private Asks() {
    }

    /**
     * The same actor as {@code ref}, through a reference whose asks time out after
     * {@code timeout} instead of the default. Cheap: keep it or make one per call.
     *
     * <pre>{@code
     * Fill fill = Asks.withTimeout(book, Duration.ofMillis(50)).match(order).toCompletableFuture().join();
     * }</pre>
     */
    public static <A> A withTimeout(A ref, Duration timeout) {
        return SystemCore.withAskTimeout(ref, timeout);
    }
}
