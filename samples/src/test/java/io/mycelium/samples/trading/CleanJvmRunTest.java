package io.mycelium.samples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the sample the way a user's application runs: a fresh JVM with no flags at all. The JDK
 * must print nothing (no Unsafe deprecation, no illegal-access or native-access warning) and the
 * library must log nothing at WARNING or above in a healthy session.
 */
class CleanJvmRunTest {

    @Test
    void theSampleRunsWithoutJvmFlagsAndWithoutAnyWarning() throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("sample-out", ".txt");
        Path stderr = Files.createTempFile("sample-err", ".txt");
        try {
            String java = ProcessHandle.current().info().command().orElseThrow();
            Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    TradingSample.class.getName(), "--events=3000", "--seed=11"))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the sample finished");
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            assertEquals("", err, "nothing on stderr");
            assertTrue(out.contains("Checks: OK"), () -> "the session's checks passed:\n" + out);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
