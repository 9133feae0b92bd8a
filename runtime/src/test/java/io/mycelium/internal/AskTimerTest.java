package io.mycelium.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.AskTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AskTimerTest {
    private static final long CLOCK_SKEW_NANOS = 200_000;

    private static Throwable failureOf(CompletableFuture<?> ask) {
        try {
            ask.orTimeout(20, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("ask completed normally");
    }

    @Test
    void everyAskTimesOutAndNoneBeforeItsDeadline() {
        AskTimer timer = new AskTimer("test");
        try {
            Random random = new Random(42);
            List<CompletableFuture<String>> asks = new ArrayList<>();
            List<Long> deadlines = new ArrayList<>();
            List<long[]> firedAt = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                AskFuture<String> ask = new AskFuture<>(null, "m" + i);
                long[] fired = new long[1];
                // Wait on the stage after the callback: a joiner may be released before the
                // callbacks of the future it waited for have run.
                CompletableFuture<String> observed = ask.whenComplete((v, e) -> fired[0] = System.nanoTime());
                long timeout = TimeUnit.MILLISECONDS.toNanos(random.nextInt(40));
                deadlines.add(System.nanoTime() + timeout);
                ask.arm("target", timer, Math.max(1, timeout));
                asks.add(observed);
                firedAt.add(fired);
            }
            for (int i = 0; i < asks.size(); i++) {
                assertInstanceOf(AskTimeoutException.class, failureOf(asks.get(i)));
                // The wheel checks 'deadline - now <= 0' before firing, so only the skew of
                // System.nanoTime() between the vCPUs of a VM can make this negative: allow it.
                long late = firedAt.get(i)[0] - deadlines.get(i);
                int ask = i;
                assertTrue(late >= -CLOCK_SKEW_NANOS, () -> "ask " + ask + " fired " + -late
                        + " ns before its deadline");
            }
            assertEquals(0, timer.pendingCount());
        } finally {
            timer.close(ask -> new IllegalStateException("closed"));
        }
    }

    @Test
    void deadlinesBeyondOneLapOfTheWheelStillFire() {
        AskTimer timer = new AskTimer("test");
        try {
            AskFuture<String> ask = new AskFuture<>(null, "late");
            ask.arm("target", timer, TimeUnit.MILLISECONDS.toNanos(4_200));
            assertInstanceOf(AskTimeoutException.class, failureOf(ask));
        } finally {
            timer.close(ask -> new IllegalStateException("closed"));
        }
    }

    @Test
    void answeredAsksLeaveTheWheelAtOnce() {
        AskTimer timer = new AskTimer("test");
        try {
            List<AskFuture<Integer>> asks = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                AskFuture<Integer> ask = new AskFuture<>(null, "m");
                ask.arm("target", timer, TimeUnit.SECONDS.toNanos(60));
                asks.add(ask);
            }
            assertEquals(100, timer.pendingCount());
            for (int i = 0; i < asks.size(); i++) {
                asks.get(i).succeed(i);
            }
            assertEquals(0, timer.pendingCount());
            assertEquals(7, asks.get(7).join());
        } finally {
            timer.close(ask -> new IllegalStateException("closed"));
        }
    }

    @Test
    void closingFailsEveryPendingAskAndRefusesNewOnes() {
        AskTimer timer = new AskTimer("test");
        AskFuture<String> pending = new AskFuture<>(null, "m");
        pending.arm("target", timer, TimeUnit.SECONDS.toNanos(60));
        IllegalStateException closed = new IllegalStateException("closed");

        timer.close(ask -> closed);

        assertSame(closed, failureOf(pending));
        AskFuture<String> late = new AskFuture<>(null, "m");
        late.arm("target", timer, TimeUnit.SECONDS.toNanos(60));
        assertEquals("actor 'target' terminated: its actor system is closed", failureOf(late).getMessage());
    }

    @Test
    void theFirstOutcomeWins() {
        AskTimer timer = new AskTimer("test");
        try {
            AskFuture<String> ask = new AskFuture<>(null, "m");
            ask.arm("target", timer, TimeUnit.MILLISECONDS.toNanos(1));
            ask.succeed("first");
            ask.fail(new IllegalStateException("second"));
            assertEquals("first", ask.join());
        } finally {
            timer.close(ask -> new IllegalStateException("closed"));
        }
    }
}
