package io.mycelium.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Connects the stage an ask handler returns to the ask's {@link Reply}; used by generated code. */
public final class Replies {
    private Replies() {
    }

    /**
     * Completes {@code reply} when {@code result} completes. A handler that already finished
     * (the usual {@code CompletableFuture.completedFuture(x)}) is answered at once, without
     * registering a callback.
     */
    public static <T> void forward(CompletionStage<T> result, Reply<? super T> reply, String method) {
        if (result == null) {
            reply.fail(new NullPointerException(
                    "ask handler '" + method + "' returned null instead of a CompletionStage"));
            return;
        }
        if (result instanceof CompletableFuture<T> future && future.isDone()) {
            if (!future.isCompletedExceptionally()) {
                reply.succeed(future.getNow(null));
                return;
            }
        }
        result.whenComplete((value, failure) -> {
            if (failure == null) {
                reply.succeed(value);
            } else {
                reply.fail(unwrap(failure));
            }
        });
    }

    static Throwable unwrap(Throwable failure) {
        if (failure instanceof CompletionException && failure.getCause() != null) {
            return failure.getCause();
        }
        return failure;
    }
}
