package io.mycelium.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A {@link LedgerNode} in a child JVM: started, its addresses read, and always killed. */
final class NodeProcess implements AutoCloseable {
    private final Process process;
    private final List<String> addresses;
    private final Path log;

    private NodeProcess(Process process, List<String> addresses, Path log) {
        this.process = process;
        this.addresses = addresses;
        this.log = log;
    }

    /** Starts a node listening on {@code listen} and waits (at most 30 s) until it does. */
    static NodeProcess start(String... listen) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                LedgerNode.class.getName()));
        command.addAll(Arrays.asList(listen));
        Path log = Files.createTempFile("ledger-node", ".log");
        log.toFile().deleteOnExit();
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    if (l.startsWith("LISTENING ")) {
                        return l;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String listening;
        try {
            listening = line.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            listening = null;
        }
        if (listening == null) {
            process.destroyForcibly();
            throw new IOException("the child node did not start listening on " + Arrays.toString(listen)
                    + "; its log:\n" + Files.readString(log));
        }
        return new NodeProcess(process, List.of(listening.substring("LISTENING ".length()).split(" ")), log);
    }

    /** The address the node listens on, in the order given to {@link #start}. */
    String address(int index) {
        return addresses.get(index);
    }

    /** What the node has logged so far (its standard error). */
    String log() throws IOException {
        return Files.readString(log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the node at once, like a crash: no goodbye on any connection. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits for the node to exit by itself (e.g. after a halt message). */
    boolean awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "NodeProcess" + addresses;
    }
}
