package io.mycelium.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Shared helpers of the processor's Compile Testing suites: one way to compile (with the same
 * lint settings as the build, so a warning in generated code fails a test) and exact assertions
 * on the errors a compilation reports.
 */
final class ProcessorTesting {

    /**
     * An error as a user sees it: the file it is in, its line, and its whole message.
     *
     * @param file the source file's name, e.g. {@code /test/Book.java}
     * @param line the 1-based line the error points at
     * @param message the full message text
     */
    record Located(String file, long line, String message) {
    }

    /**
     * An error a test expects.
     *
     * @param source the file it must be in
     * @param line the 1-based line it must point at
     * @param message its whole message
     */
    record Expected(JavaFileObject source, long line, String message) {
        Located located() {
            return new Located(source.getName(), line, message);
        }
    }

    /** {@code new MessageInfo(id, "name", ask, "signature")} in a generated descriptor. */
    static final Pattern MESSAGE_INFO =
            Pattern.compile("new MessageInfo\\((\\d+), \"(\\w+)\", (true|false), \"([^\"]*)\"");

    private ProcessorTesting() {
    }

    /**
     * Compiles {@code sources} with the Mycelium processor and every lint the build enables
     * ({@code -Xlint:all} minus {@code processing}, which warns about annotations no processor
     * claims, such as {@code @Generated} on generated code).
     */
    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new ActorProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing")
                .compile(sources);
    }

    /**
     * The expected error {@code message} on the only line of {@code source} that contains
     * {@code lineSnippet}.
     */
    static Expected error(JavaFileObject source, String lineSnippet, String message) {
        return new Expected(source, lineOf(source, lineSnippet), message);
    }

    /**
     * Asserts that {@code compilation} failed with exactly {@code expected}: each message equal in
     * full (not just contained), in the expected file on the expected line, and no other error.
     */
    static void assertErrors(Compilation compilation, Expected... expected) {
        assertThat(compilation).failed();
        for (Expected e : expected) {
            assertThat(compilation).hadErrorContaining(e.message()).inFile(e.source()).onLine(e.line());
        }
        List<Located> actual = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            actual.add(new Located(error.getSource() == null ? null : error.getSource().getName(),
                    error.getLineNumber(), error.getMessage(Locale.ROOT)));
        }
        assertWithMessage("errors (file, line, full message)")
                .that(actual)
                .containsExactlyElementsIn(java.util.Arrays.stream(expected).map(Expected::located).toList());
    }

    /** The 1-based number of the only line of {@code source} containing {@code snippet}. */
    static long lineOf(JavaFileObject source, String snippet) {
        String[] lines = contents(source).split("\n", -1);
        long found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                assertWithMessage("'%s' is on more than one line of %s", snippet, source.getName())
                        .that(found).isEqualTo(-1L);
                found = i + 1;
            }
        }
        assertWithMessage("'%s' is on no line of %s", snippet, source.getName()).that(found).isAtLeast(1L);
        return found;
    }

    /**
     * The message table of a generated descriptor, one entry per message in declaration order,
     * written {@code tell place(java.lang.String)} or {@code ask depth()}.
     */
    static List<String> messages(Compilation compilation, String descriptorName) {
        JavaFileObject descriptor = compilation.generatedSourceFile(descriptorName)
                .orElseThrow(() -> new AssertionError("no generated " + descriptorName));
        Matcher info = MESSAGE_INFO.matcher(contents(descriptor));
        List<String> messages = new ArrayList<>();
        while (info.find()) {
            messages.add((Boolean.parseBoolean(info.group(3)) ? "ask " : "tell ") + info.group(4));
        }
        return messages;
    }

    static String contents(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
