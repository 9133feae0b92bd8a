package io.mycelium.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The compile errors of the wire codec's rules: exact message, tag, element and line. Each
 * source is numbered in comments so that the expected line is easy to check.
 */
class CodecDiagnosticsTest {

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new ActorProcessor()).compile(sources);
    }

    private static JavaFileObject source(String name, String... lines) {
        return JavaFileObjects.forSourceLines(name, lines);
    }

    @Test
    void aTypeWithNoCodecIsReportedOnTheParameterWithWhatToUseInstead() {
        JavaFileObject vault = source("com.acme.Vault",
                "package com.acme;",                                          // 1
                "import io.mycelium.annotation.Actor;",                       // 2
                "@Actor",                                                     // 3
                "public interface Vault {",                                   // 4
                "    void store(String key, Object value);",                  // 5
                "    void sum(java.util.List<? extends Number> values);",     // 6
                "    void big(java.math.BigInteger value);",                  // 7
                "}");
        Compilation compilation = compile(vault);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[MYC012] parameter 'value' of method 'store' has type"
                + " java.lang.Object: java.lang.Object has no wire codec. Fix: use a primitive or its box, String,"
                + " an enum, a record of encodable components, an array, List, Set, Map or Optional of encodable"
                + " types, Instant, Duration, LocalDate, UUID, BigDecimal or an @Actor interface; or declare the"
                + " actor @Actor(local = true) if it never leaves its JVM.")
                .inFile(vault).onLine(5);
        assertThat(compilation).hadErrorContaining("[MYC012] parameter 'values' of method 'sum' has type"
                + " java.util.List<? extends java.lang.Number>: wildcard ? extends java.lang.Number has no wire"
                + " codec. Fix: use a concrete type argument.")
                .inFile(vault).onLine(6);
        assertThat(compilation).hadErrorContaining("[MYC012] parameter 'value' of method 'big' has type"
                + " java.math.BigInteger: java.math.BigInteger has no wire codec. Fix: use BigDecimal (with scale 0)"
                + " or long.")
                .inFile(vault).onLine(7);
    }

    @Test
    void aReplyTypeWithNoCodecIsReportedOnTheMethod() {
        JavaFileObject pool = source("com.acme.Pool",
                "package com.acme;",                                                        // 1
                "import io.mycelium.annotation.Actor;",                                     // 2
                "import java.util.concurrent.CompletionStage;",                             // 3
                "@Actor",                                                                   // 4
                "public interface Pool {",                                                  // 5
                "    CompletionStage<java.util.List<Thread>> workers();",                   // 6
                "}");
        Compilation compilation = compile(pool);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[MYC012] the reply of method 'workers' has type"
                + " java.util.List<java.lang.Thread>: java.lang.Thread has no wire codec.")
                .inFile(pool).onLine(6);
    }

    @Test
    void aMutableClassIsReportedOnceOnTheRecordComponentThatUsesIt() {
        JavaFileObject money = source("com.acme.Money",
                "package com.acme;",                                     // 1
                "public final class Money {",                            // 2
                "    private long cents;",                               // 3
                "    public void setCents(long cents) {",                // 4
                "        this.cents = cents;",                           // 5
                "    }",                                                 // 6
                "}");
        JavaFileObject trade = source("com.acme.Trade",
                "package com.acme;",                                     // 1
                "public record Trade(",                                  // 2
                "        long id,",                                      // 3
                "        Money price) {",                                // 4
                "}");
        JavaFileObject desk = source("com.acme.Desk",
                "package com.acme;",                                     // 1
                "import io.mycelium.annotation.Actor;",                  // 2
                "@Actor",                                                // 3
                "public interface Desk {",                               // 4
                "    void book(Trade trade);",                           // 5
                "    void amend(Trade trade);",                          // 6
                "    void schedule(java.util.Date when);",               // 7
                "}");
        Compilation compilation = compile(money, trade, desk);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[MYC014] component 'price' of record Trade (used by parameter"
                + " 'trade' of method 'book') has type com.acme.Money: com.acme.Money is a mutable class (field"
                + " 'cents' is not final). Fix: make Money a record of encodable components.")
                .inFile(trade).onLine(4);
        assertThat(compilation).hadErrorContaining("[MYC014] parameter 'when' of method 'schedule' has type"
                + " java.util.Date: java.util.Date is a mutable class (its state can change after it is sent)."
                + " Fix: use java.time.Instant (or java.time.LocalDate for a date).")
                .inFile(desk).onLine(7);
    }

    @Test
    void aRecursiveRecordIsReportedOnTheComponentThatClosesTheCycle() {
        JavaFileObject node = source("com.acme.Node",
                "package com.acme;",                                     // 1
                "import java.util.List;",                                // 2
                "public record Node(",                                   // 3
                "        String name,",                                  // 4
                "        List<Node> children) {",                        // 5
                "}");
        JavaFileObject tree = source("com.acme.Tree",
                "package com.acme;",                                     // 1
                "import io.mycelium.annotation.Actor;",                  // 2
                "@Actor",                                                // 3
                "public interface Tree {",                               // 4
                "    void load(Node root);",                             // 5
                "}");
        Compilation compilation = compile(node, tree);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[MYC015] component 'children' of record Node (used by"
                + " parameter 'root' of method 'load') has type java.util.List<com.acme.Node>, which refers back to"
                + " record Node, so it has no finite encoding. Fix: break the cycle: refer to other values by id,"
                + " or send a flat list instead of a tree.")
                .inFile(node).onLine(5);
    }

    @Test
    void aRecordOrEnumTheCodecCannotAccessIsReported() {
        JavaFileObject desk = source("com.acme.Desks",
                "package com.acme;",                                     // 1
                "import io.mycelium.annotation.Actor;",                  // 2
                "public class Desks {",                                  // 3
                "    @Actor",                                            // 4
                "    public interface Desk {",                           // 5
                "        void open(Secret secret, Mode mode);",          // 6
                "    }",                                                 // 7
                "    private record Secret(long code) {",                // 8
                "    }",                                                 // 9
                "    private enum Mode { A, B }",                        // 10
                "}");
        Compilation compilation = compile(desk);
        assertThat(compilation).hadErrorContaining("[MYC016] parameter 'secret' of method 'open' has type"
                + " com.acme.Desks.Secret, but the generated codec in package 'com.acme' cannot access record"
                + " Desks.Secret, which is private. Fix: make Secret public (or package-private in 'com.acme'),"
                + " declared at top level or nested in such a type.")
                .inFile(desk).onLine(6);
        assertThat(compilation).hadErrorContaining("[MYC016] parameter 'mode' of method 'open' has type"
                + " com.acme.Desks.Mode, but the generated codec in package 'com.acme' cannot access enum"
                + " Desks.Mode, which is private.")
                .inFile(desk).onLine(6);
    }

    @Test
    void aLocalActorMayUseAnyTypeAndGetsNoCodec() {
        JavaFileObject scratch = source("com.acme.Scratch",
                "package com.acme;",
                "import io.mycelium.annotation.Actor;",
                "import java.util.concurrent.CompletionStage;",
                "@Actor(local = true)",
                "public interface Scratch {",
                "    void keep(Object anything, java.util.Date when, StringBuilder notes);",
                "    CompletionStage<Thread> worker();",
                "}");
        Compilation compilation = javac().withProcessors(new ActorProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
                .compile(scratch);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.ScratchDescriptor");
        org.junit.jupiter.api.Assertions.assertTrue(compilation.generatedSourceFiles().stream()
                .noneMatch(f -> f.getName().endsWith("ScratchCodec.java")), "no codec for a local actor");
    }

    @Test
    void generatedCodecsOfRichProtocolsCompileWithoutWarnings() {
        JavaFileObject kinds = source("com.acme.Kinds",
                "package com.acme;",
                "import io.mycelium.annotation.Actor;",
                "import java.util.*;",
                "import java.util.concurrent.CompletionStage;",
                "@Actor",
                "public interface Kinds {",
                "    enum Color { RED, GREEN }",
                "    record Point(int x, int y) { }",
                "    record Shape<T>(String in, String messageId, List<T> e, Color[] colors) { }",
                "    void draw(Shape<Point> shape, Map<Color, Optional<Point>> legend, Point[][] grid);",
                "    void move(Kinds other, int in, long actor, String reply);",
                "    CompletionStage<Set<Shape<Point>>> shapes(Color color);",
                "}");
        JavaFileObject tellsOnly = source("com.acme.Tells",
                "package com.acme;",
                "@io.mycelium.annotation.Actor",
                "interface Tells {",
                "    void ping(long at);",
                "}");
        JavaFileObject asksOnly = source("com.acme.Asks",
                "package com.acme;",
                "@io.mycelium.annotation.Actor",
                "interface Asks {",
                "    java.util.concurrent.CompletableFuture<String> name();",
                "}");
        Compilation compilation = javac().withProcessors(new ActorProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
                .compile(kinds, tellsOnly, asksOnly);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.KindsCodec");
        assertThat(compilation).generatedSourceFile("com.acme.TellsCodec");
        assertThat(compilation).generatedSourceFile("com.acme.AsksCodec");
    }
}
