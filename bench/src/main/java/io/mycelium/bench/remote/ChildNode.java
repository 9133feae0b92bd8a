package io.mycelium.bench.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An {@link EchoNode} (or {@link PekkoEchoNode}) in a child JVM (the same java and class path as the benchmark's). */
final class ChildNode implements AutoCloseable {
    private final Process process;
    private final String address;

    private ChildNode(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    static ChildNode start(String... args) throws IOException {
        return start(EchoNode.class, args);
    }

    static ChildNode start(Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("LISTENING ")) {
            // skip anything else the node prints
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IOException("the echo node did not start: " + command);
        }
        return new ChildNode(process, line.substring("LISTENING ".length()));
    }

    String address() {
        return address;
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
