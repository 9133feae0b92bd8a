package io.mycelium.samples.trading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An exchange ({@link ExchangeServer}) in a child JVM: the same java binary and class path as
 * this one, so nothing needs installing. Its output is handed line by line to a consumer; the
 * address it announces is read from it. Stdout and stderr (where the runtime logs) are read
 * through separate pipes, so that a log line can never land inside a line of the program's. Closing it kills the child if it is still
 * running, so a failed session never leaves an exchange behind.
 */
public final class ExchangeProcess implements AutoCloseable {
    private final Process process;
    private final CompletableFuture<String> address = new CompletableFuture<>();
    private final List<String> output = new ArrayList<>();
    private final Thread stdout;
    private final Thread stderr;

    private ExchangeProcess(Process process, Consumer<String> lines) {
        this.process = process;
        this.stdout = Thread.ofPlatform().daemon().name("exchange-stdout")
                .start(() -> read(process.getInputStream(), lines, true));
        this.stderr = Thread.ofPlatform().daemon().name("exchange-stderr")
                .start(() -> read(process.getErrorStream(), lines, false));
    }

    /**
     * Starts {@code TradingSample --serve=listen --for=limit --with-parent} in a child JVM.
     *
     * @param listen where the exchange listens; {@code tcp://127.0.0.1:0} for any free port
     * @param limit the exchange stops by itself after this long, whatever happens here
     * @param lines given every line the exchange prints, on a thread of its own
     */
    public static ExchangeProcess start(String listen, Duration limit, Consumer<String> lines) {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this JVM"));
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                TradingSample.class.getName(), "--serve=" + listen, "--for=" + limit.toMillis() + "ms",
                "--with-parent");
        try {
            return new ExchangeProcess(new ProcessBuilder(command).start(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the exchange: " + command, e);
        }
    }

    private void read(InputStream stream, Consumer<String> lines, boolean announces) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                if (announces && line.startsWith(ExchangeServer.LISTENING)) {
                    address.complete(line.substring(ExchangeServer.LISTENING.length()).strip());
                }
                lines.accept(line);
            }
        } catch (IOException e) {
            // The child was killed: its output ends here.
        } finally {
            if (announces) {
                address.completeExceptionally(new IllegalStateException(
                        "the exchange exited without announcing an address:\n" + tail()));
            }
        }
    }

    /**
     * The address the exchange listens on (with the port it was given), once it has announced it.
     *
     * @throws IllegalStateException if it exits or stays silent for {@code timeout}
     */
    public String address(Duration timeout) {
        try {
            return address.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the exchange announced no address within " + timeout
                    + ":\n" + tail());
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the exchange", e);
        }
    }

    /** Waits up to {@code timeout} for the exchange to exit; its exit code, or -1 if it has not. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return -1;
            }
            // The last lines are printed just before the exit: let the readers hand them on.
            stdout.join(TimeUnit.SECONDS.toMillis(5));
            stderr.join(TimeUnit.SECONDS.toMillis(5));
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Everything the exchange printed so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** The last lines the exchange printed, enough to see why it failed. */
    private String tail() {
        List<String> lines = output();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** Kills the exchange if it still runs, and waits (briefly) until it has gone. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
