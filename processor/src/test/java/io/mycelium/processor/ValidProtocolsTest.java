package io.mycelium.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.mycelium.processor.ProcessorTesting.compile;
import static io.mycelium.processor.ProcessorTesting.messages;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Protocols the processor must accept: each compiles, with its generated code, without a single
 * warning under {@code -Xlint:all}, and has exactly the expected messages.
 */
class ValidProtocolsTest {
    private static final String SERVICE_FILE = "META-INF/services/io.mycelium.internal.ActorDescriptor";

    @Test
    void defaultStaticAndPrivateMethodsAreNotMessages() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Book {",
                "    void place(String order);",
                "",
                "    default void placeTwice(String order) {",
                "        place(order);",
                "        placeQuietly(order);",
                "    }",
                "",
                "    private void placeQuietly(String order) {",
                "        place(order);",
                "    }",
                "",
                "    static String describe() {",
                "        return \"book\";",
                "    }",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "test.BookDescriptor")).containsExactly("tell place(java.lang.String)");
    }

    @Test
    void abstractMethodsOfSuperInterfacesAreMessages() {
        JavaFileObject named = JavaFileObjects.forSourceLines("test.Named",
                "package test;",
                "",
                "public interface Named {",
                "    void rename(String name);",
                "",
                "    void ping();",
                "}");
        JavaFileObject store = JavaFileObjects.forSourceLines("test.Store",
                "package test;",
                "",
                "import java.util.concurrent.CompletionStage;",
                "",
                "public interface Store<T> {",
                "    void put(T t);",
                "",
                "    CompletionStage<T> get();",
                "}");
        JavaFileObject quiet = JavaFileObjects.forSourceLines("test.Quiet",
                "package test;",
                "",
                "public interface Quiet<E extends Exception> {",
                "    void shush() throws E;",
                "}");
        JavaFileObject textStore = JavaFileObjects.forSourceLines("test.TextStore",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface TextStore extends Store<String>, Named, Quiet<IllegalStateException> {",
                "    void clear();",
                "",
                "    @Override",
                "    void ping();",
                "}");

        Compilation compilation = compile(named, store, quiet, textStore);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "test.TextStoreDescriptor")).containsExactly(
                "tell clear()",
                "tell ping()",
                "tell put(java.lang.String)",
                "ask get()",
                "tell rename(java.lang.String)",
                "tell shush()").inOrder();
        assertThat(compilation).generatedSourceFile("test.TextStoreProtocol").contentsAsUtf8String()
                .contains("record Put(String t) implements TextStoreProtocol");
        assertThat(compilation).generatedSourceFile("test.TextStoreProtocol").contentsAsUtf8String()
                .contains("record Get(Reply<String> reply) implements TextStoreProtocol");
    }

    @Test
    void redeclaredObjectMethodsAreNotMessages() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Book {",
                "    void place(String order);",
                "",
                "    @Override",
                "    String toString();",
                "",
                "    @Override",
                "    boolean equals(Object other);",
                "",
                "    @Override",
                "    int hashCode();",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "test.BookDescriptor")).containsExactly("tell place(java.lang.String)");
    }

    @Test
    void varargs() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Log",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Actor",
                "public interface Log {",
                "    void write(String... lines);",
                "",
                "    CompletionStage<Integer> sum(String label, int... values);",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "test.LogDescriptor"))
                .containsExactly("tell write(java.lang.String[])", "ask sum(java.lang.String,int[])").inOrder();
        assertThat(compilation).generatedSourceFile("test.LogProxy").contentsAsUtf8String()
                .contains("public void write(String... lines)");
        assertThat(compilation).generatedSourceFile("test.LogProxy").contentsAsUtf8String()
                .contains("public CompletionStage<Integer> sum(String label, int... values)");
    }

    @Test
    void genericVarargsTheUserAcceptedDoNotWarnInGeneratedCode() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Batches",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.List;",
                "",
                "@Actor(local = true)", // arrays of generic types have no wire codec
                "public interface Batches {",
                "    @SuppressWarnings(\"unchecked\")",
                "    void addAll(List<String>... batches);",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "test.BatchesDescriptor")).containsExactly("tell addAll(java.util.List[])");
    }

    @Test
    void parametersNamedReplyLeaveTheReplyAnotherName() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Mail",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Actor",
                "public interface Mail {",
                "    CompletionStage<String> answer(String reply);",
                "",
                "    CompletionStage<String> forward(String reply, String reply1);",
                "",
                "    CompletionStage<String> quote(int reply, String reply2);",
                "",
                "    void note(String reply);",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        String protocol = ProcessorTesting.contents(compilation.generatedSourceFile("test.MailProtocol").orElseThrow());
        assertThat(protocol).contains("record Answer(String reply, Reply<String> reply1)");
        assertThat(protocol).contains("record Forward(String reply, String reply1, Reply<String> reply2)");
        assertThat(protocol).contains("record Quote(int reply, String reply2, Reply<String> reply1)");
        assertThat(protocol).contains("record Note(String reply)");
    }

    @Test
    void packagePrivateActorHasPackagePrivateGeneratedTypesButAPublicDescriptor() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Quiet",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "interface Quiet {",
                "    void ping();",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.QuietProtocol").contentsAsUtf8String()
                .containsMatch("(?m)^sealed interface QuietProtocol ");
        assertThat(compilation).generatedSourceFile("test.QuietProxy").contentsAsUtf8String()
                .containsMatch("(?m)^final class QuietProxy ");
        assertThat(compilation).generatedSourceFile("test.QuietDispatcher").contentsAsUtf8String()
                .containsMatch("(?m)^final class QuietDispatcher ");
        // The runtime's ServiceLoader instantiates the descriptor from another package.
        assertThat(compilation).generatedSourceFile("test.QuietDescriptor").contentsAsUtf8String()
                .containsMatch("(?m)^public final class QuietDescriptor ");
    }

    @Test
    void nestedInterfacesGetTheirEnclosingNamesJoinedByUnderscores() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Outer",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "public class Outer {",
                "    @Actor",
                "    public interface Inner {",
                "        void ping();",
                "    }",
                "",
                "    static class Middle {",
                "        @Actor",
                "        interface Deep {",
                "            void ping();",
                "        }",
                "    }",
                "",
                "    interface Holder {",
                "        @Actor",
                "        interface Held {",
                "            void ping();",
                "        }",
                "    }",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        for (String generated : new String[] {"Protocol", "Proxy", "Dispatcher", "Descriptor"}) {
            // generatedSourceFile fails unless the file was generated.
            assertThat(compilation).generatedSourceFile("test.Outer_Inner" + generated);
            assertThat(compilation).generatedSourceFile("test.Outer_Middle_Deep" + generated);
            assertThat(compilation).generatedSourceFile("test.Outer_Holder_Held" + generated);
        }
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE).contentsAsUtf8String()
                .isEqualTo("test.Outer_Holder_HeldDescriptor\n"
                        + "test.Outer_InnerDescriptor\n"
                        + "test.Outer_Middle_DeepDescriptor\n");
    }

    @Test
    void completableFutureAndCompletionStageReplies() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Quotes",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.List;",
                "import java.util.Map;",
                "import java.util.concurrent.CompletableFuture;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Actor",
                "public interface Quotes {",
                "    CompletionStage<Long> last(String symbol);",
                "",
                "    CompletableFuture<String> name(String symbol);",
                "",
                "    CompletionStage<Void> flush();",
                "",
                "    CompletableFuture<Void> reset();",
                "",
                "    CompletionStage<long[]> history(String symbol);",
                "",
                "    CompletionStage<Map<String, List<Long>>> all();",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "test.QuotesDescriptor")).containsExactly(
                "ask last(java.lang.String)",
                "ask name(java.lang.String)",
                "ask flush()",
                "ask reset()",
                "ask history(java.lang.String)",
                "ask all()").inOrder();
        String protocol = ProcessorTesting.contents(compilation.generatedSourceFile("test.QuotesProtocol").orElseThrow());
        assertThat(protocol).contains("record Flush(Reply<Void> reply)");
        assertThat(protocol).contains("record History(String symbol, Reply<long[]> reply)");
        assertThat(protocol).contains("record All(Reply<Map<String, List<Long>>> reply)");
    }

    @Test
    void messageNamesThatShadowTypesTheGeneratedCodeUses() {
        // Records named String, List, Reply and Override sit next to the types they shadow.
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Shadow",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.List;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Actor",
                "public interface Shadow {",
                "    void string(String s);",
                "",
                "    CompletionStage<List<String>> list(List<String> in);",
                "",
                "    CompletionStage<String> reply(String text);",
                "",
                "    void override(int x);",
                "",
                "    void shadow(Shadow other);",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void methodsThatMapToTheSameRecordNameGetDistinctRecords() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("test.Moves",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Moves {",
                "    void go();",
                "",
                "    void Go(int steps);",
                "",
                "    void movesProtocol();",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        String protocol = ProcessorTesting.contents(compilation.generatedSourceFile("test.MovesProtocol").orElseThrow());
        assertThat(protocol).contains("record Go() implements MovesProtocol");
        assertThat(protocol).contains("record Go1(int steps) implements MovesProtocol");
        assertThat(protocol).contains("record MovesProtocol1() implements MovesProtocol");
    }

    @Test
    void actorInTheDefaultPackage() {
        Compilation compilation = compile(JavaFileObjects.forSourceLines("Top",
                "import io.mycelium.annotation.Actor;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Actor",
                "public interface Top {",
                "    void ping();",
                "",
                "    CompletionStage<String> name();",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(messages(compilation, "TopDescriptor")).containsExactly("tell ping()", "ask name()").inOrder();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE).contentsAsUtf8String()
                .isEqualTo("TopDescriptor\n");
    }
}
