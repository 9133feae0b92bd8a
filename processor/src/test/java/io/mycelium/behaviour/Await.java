package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits for tests: they fail after a generous limit instead of hanging. */
final class Await {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Await() {
    }

    static <T> T value(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("stage did not complete normally", e);
        }
    }

    /** Asserts that {@code stage} fails with {@code type} and returns that failure. */
    static <X extends Throwable> X failure(CompletionStage<?> stage, Class<X> type) {
        CompletionException thrown = assertThrows(CompletionException.class,
                () -> stage.toCompletableFuture().orTimeout(LIMIT.toSeconds(), TimeUnit.SECONDS).join());
        return assertInstanceOf(type, thrown.getCause());
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting until " + what);
            }
        }
    }
}
