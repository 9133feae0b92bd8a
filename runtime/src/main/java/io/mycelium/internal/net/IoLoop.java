package io.mycelium.internal.net;

import io.mycelium.IdleStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The node's I/O thread: one selector for every listener and connection. How it waits follows
 * its idle strategy: block in {@code select()} at once (the default), poll without blocking for
 * a while first, or never block ({@code IdleStrategy.busySpin()}). Polling saves the wake-up of
 * a blocked thread (tens of microseconds on virtual machines) only when the poller has a core
 * of its own; otherwise it delays the very threads that have work.
 */
final class IoLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger(IoLoop.class.getName());

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final int spins;
    private final int yields;
    private volatile boolean running = true;
    private volatile boolean blocking;
    private volatile Thread thread;

    IoLoop(IdleStrategy strategy) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        switch (strategy) {
            case IdleStrategy.BusySpin s -> {
                spins = Integer.MAX_VALUE;
                yields = 0;
            }
            case IdleStrategy.Yielding y -> {
                spins = 0;
                yields = Integer.MAX_VALUE;
            }
            // Each poll is a system call (about a microsecond), so far fewer rounds than a
            // worker's spins cover the same time.
            case IdleStrategy.BackOff b -> {
                spins = Math.max(1, b.spins() / 10);
                yields = b.yields();
            }
            case IdleStrategy.Parking p -> {
                spins = 0;
                yields = 0;
            }
        }
    }

    /** Runs {@code task} on the I/O thread. */
    void execute(Runnable task) {
        tasks.add(task);
        wakeup();
    }

    /** Makes a blocked {@code select()} return, e.g. after another thread changed interest ops. */
    void wakeup() {
        if (blocking) {
            selector.wakeup();
        }
    }

    /** Registers {@code channel} (non-blocking) for {@code ops} with {@code handler} attached. */
    CompletableFuture<SelectionKey> register(SelectableChannel channel, int ops, IoHandler handler) {
        CompletableFuture<SelectionKey> done = new CompletableFuture<>();
        execute(() -> {
            try {
                done.complete(channel.register(selector, ops, handler));
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Registers {@code channel} at once; only on the I/O thread itself. */
    SelectionKey registerNow(SelectableChannel channel, int ops, IoHandler handler) throws IOException {
        return channel.register(selector, ops, handler);
    }

    void stop() {
        running = false;
        selector.wakeup();
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        int idleRounds = 0;
        try {
            while (running) {
                boolean worked = runTasks();
                int ready;
                if (worked || idleRounds < spins) {
                    ready = selector.selectNow();
                    Thread.onSpinWait();
                } else if (idleRounds - spins < yields) {
                    ready = selector.selectNow();
                    Thread.yield();
                } else {
                    blocking = true;
                    if (!tasks.isEmpty()) {
                        blocking = false;
                        continue;
                    }
                    ready = selector.select();
                    blocking = false;
                }
                if (ready > 0) {
                    dispatchReady();
                    idleRounds = 0;
                } else if (!worked && idleRounds < Integer.MAX_VALUE) {
                    idleRounds++;
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            LOG.log(Level.ERROR, "the I/O thread failed; remote connections of this node stop", e);
        } finally {
            try {
                selector.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the selector failed", e);
            }
        }
    }

    private boolean runTasks() {
        boolean any = false;
        Runnable task;
        while ((task = tasks.poll()) != null) {
            any = true;
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an I/O task failed", e);
            }
        }
        return any;
    }

    private void dispatchReady() {
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            if (key.isValid()) {
                IoHandler handler = (IoHandler) key.attachment();
                try {
                    handler.ready(key);
                } catch (RuntimeException e) {
                    // One channel's bug must not end the thread every other connection needs.
                    LOG.log(Level.ERROR, "unexpected failure serving " + handler + "; closing it", e);
                    handler.failed(e);
                }
            }
        }
    }
}
