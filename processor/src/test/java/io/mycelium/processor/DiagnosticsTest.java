package io.mycelium.processor;

import static io.mycelium.processor.ProcessorTesting.assertErrors;
import static io.mycelium.processor.ProcessorTesting.compile;
import static io.mycelium.processor.ProcessorTesting.error;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of the {@link Problem} catalogue: the compilation fails with exactly the
 * expected errors, each with its whole message, in the right file, on the right line.
 *
 * <p>{@link Problem#NOT_ENCODABLE} (MYC012) has no test: {@link EncodabilityCheck} has no rules
 * yet, so no source can trigger it. Its test belongs with the first rule.
 */
class DiagnosticsTest {

    @Test
    void myc001ActorOnAClassEnumRecordOrAnnotationType() {
        JavaFileObject bookClass = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public class Book {",
                "    public void place(String order) {",
                "    }",
                "}");
        JavaFileObject sideEnum = JavaFileObjects.forSourceLines("test.Side",
                "package test;",
                "",
                "@io.mycelium.annotation.Actor",
                "public enum Side { BUY, SELL }");
        JavaFileObject fillRecord = JavaFileObjects.forSourceLines("test.Fill",
                "package test;",
                "",
                "@io.mycelium.annotation.Actor",
                "public record Fill(long price, long quantity) {",
                "}");
        JavaFileObject markerAnnotation = JavaFileObjects.forSourceLines("test.Marker",
                "package test;",
                "",
                "@io.mycelium.annotation.Actor",
                "public @interface Marker {",
                "}");

        JavaFileObject localRecord = JavaFileObjects.forSourceLines("test.Host",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "public class Host {",
                "    void run() {",
                "        @Actor",
                "        record Order(long id) {",
                "        }",
                "    }",
                "}");

        Compilation compilation = compile(bookClass, sideEnum, fillRecord, markerAnnotation, localRecord);

        assertErrors(compilation,
                error(bookClass, "public class Book", "[MYC001] @Actor type 'Book' is a class, not an"
                        + " interface. Fix: declare the protocol as an interface and implement it in a"
                        + " separate class."),
                error(sideEnum, "public enum Side", "[MYC001] @Actor type 'Side' is an enum, not an"
                        + " interface. Fix: declare the protocol as an interface and implement it in a"
                        + " separate class."),
                error(fillRecord, "public record Fill", "[MYC001] @Actor type 'Fill' is a record, not an"
                        + " interface. Fix: declare the protocol as an interface and implement it in a"
                        + " separate class."),
                error(markerAnnotation, "public @interface Marker", "[MYC001] @Actor type 'Marker' is an"
                        + " annotation type, not an interface. Fix: declare the protocol as an interface and"
                        + " implement it in a separate class."),
                error(localRecord, "record Order", "[MYC001] @Actor type 'Order' is a record, not an"
                        + " interface. Fix: declare the protocol as an interface and implement it in a"
                        + " separate class."));
    }

    @Test
    void myc002TypeParametersOnTheInterface() {
        JavaFileObject store = JavaFileObjects.forSourceLines("test.Store",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Store<K, V extends Comparable<V>> {",
                "    void put(K key, V value);",
                "}");

        assertErrors(compile(store),
                error(store, "public interface Store", "[MYC002] @Actor interface 'Store' declares type"
                        + " parameters <K, V>. Fix: remove them; every message needs concrete types (declare"
                        + " one interface per type)."));
    }

    @Test
    void myc003PrivateNestedOrLocalInterface() {
        JavaFileObject privateNested = JavaFileObjects.forSourceLines("test.Outer",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "public class Outer {",
                "    @Actor",
                "    private interface Hidden {",
                "        void ping();",
                "    }",
                "}");
        JavaFileObject inPrivateClass = JavaFileObjects.forSourceLines("test.Shelf",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "public class Shelf {",
                "    private static final class Box {",
                "        @Actor",
                "        interface Inner {",
                "            void ping();",
                "        }",
                "    }",
                "}");
        JavaFileObject local = JavaFileObjects.forSourceLines("test.Method",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "public class Method {",
                "    void run() {",
                "        @Actor",
                "        interface Local {",
                "            void ping();",
                "        }",
                "    }",
                "}");

        JavaFileObject inBodies = JavaFileObjects.forSourceLines("test.Callbacks",
                "package test;",
                "",
                "import io.mycelium.annotation.*;",
                "",
                "public class Callbacks {",
                "    final Runnable task = () -> {",
                "        @Actor interface InLambda {",
                "            void ping();",
                "        }",
                "    };",
                "    final Object anonymous = new Object() {",
                "        @io.mycelium.annotation.Actor interface InAnonymous {",
                "            void ping();",
                "        }",
                "    };",
                "}");

        Compilation compilation = compile(privateNested, inPrivateClass, local, inBodies);

        assertErrors(compilation,
                error(privateNested, "private interface Hidden", "[MYC003] @Actor interface 'Hidden' is"
                        + " private, so generated code cannot refer to it. Fix: make it public or"
                        + " package-private, and declare it at top level or nested in a class."),
                error(inPrivateClass, "interface Inner", "[MYC003] @Actor interface 'Inner' is nested in"
                        + " private type 'Box', so generated code cannot refer to it. Fix: make it public or"
                        + " package-private, and declare it at top level or nested in a class."),
                error(local, "interface Local", "[MYC003] @Actor interface 'Local' is a local interface,"
                        + " so generated code cannot refer to it. Fix: make it public or package-private,"
                        + " and declare it at top level or nested in a class."),
                error(inBodies, "interface InLambda", "[MYC003] @Actor interface 'InLambda' is a local"
                        + " interface, so generated code cannot refer to it. Fix: make it public or"
                        + " package-private, and declare it at top level or nested in a class."),
                error(inBodies, "interface InAnonymous", "[MYC003] @Actor interface 'InAnonymous' is nested"
                        + " in a local or anonymous class, so generated code cannot refer to it. Fix: make it"
                        + " public or package-private, and declare it at top level or nested in a class."));
    }

    @Test
    void myc004GenericMethod() {
        JavaFileObject store = JavaFileObjects.forSourceLines("test.Store",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Store {",
                "    void clear();",
                "",
                "    <T extends Comparable<T>> void put(T value);",
                "}");

        assertErrors(compile(store),
                error(store, "void put(T value)", "[MYC004] method 'put' declares type parameters <T>."
                        + " Fix: use concrete parameter and reply types."));
    }

    @Test
    void myc005ReturnTypeThatIsNeitherVoidNorAStageOfAConcreteType() {
        JavaFileObject book = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.concurrent.CompletionStage;",
                "import java.util.concurrent.Future;",
                "",
                "@Actor",
                "public interface Book {",
                "    String name();",
                "",
                "    @SuppressWarnings(\"rawtypes\")",
                "    CompletionStage raw();",
                "",
                "    CompletionStage<?> wildcard();",
                "",
                "    Future<Long> depth();",
                "",
                "    int size();",
                "}");
        String fix = " Fix: return void for a tell, or CompletionStage<T> or CompletableFuture<T> with a"
                + " concrete T for an ask.";

        assertErrors(compile(book),
                error(book, "String name()", "[MYC005] method 'name' returns java.lang.String." + fix),
                error(book, "CompletionStage raw()",
                        "[MYC005] method 'raw' returns java.util.concurrent.CompletionStage." + fix),
                error(book, "CompletionStage<?> wildcard()",
                        "[MYC005] method 'wildcard' returns java.util.concurrent.CompletionStage<?>." + fix),
                error(book, "Future<Long> depth()",
                        "[MYC005] method 'depth' returns java.util.concurrent.Future<java.lang.Long>." + fix),
                error(book, "int size()", "[MYC005] method 'size' returns int." + fix));
    }

    @Test
    void myc006CheckedExceptionInThrowsButUncheckedOnesAreFine() {
        JavaFileObject store = JavaFileObjects.forSourceLines("test.Store",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import java.util.concurrent.CompletionStage;",
                "",
                "@Actor",
                "public interface Store {",
                "    void save(String text) throws java.io.IOException;",
                "",
                "    CompletionStage<String> load() throws IllegalStateException, Exception;",
                "",
                "    void check(String text) throws IllegalArgumentException, AssertionError;",
                "}");
        String fix = " Fix: remove it from throws; a failure reaches the asker as an exceptionally"
                + " completed stage (throw an unchecked exception or return a failed future).";

        assertErrors(compile(store),
                error(store, "void save(",
                        "[MYC006] method 'save' declares checked exception java.io.IOException." + fix),
                error(store, "load()",
                        "[MYC006] method 'load' declares checked exception java.lang.Exception." + fix));
    }

    @Test
    void myc007DuplicateMessageIdIsReportedOnTheExplicitId() {
        JavaFileObject bothExplicit = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import io.mycelium.annotation.MessageId;",
                "",
                "@Actor",
                "public interface Book {",
                "    @MessageId(5) // first",
                "    void place(String order);",
                "",
                "    @MessageId(5) // second",
                "    void cancel(String order);",
                "}");
        // 1388494993 is the id derived from add(long) (pinned in GeneratedSourcesTest): an explicit
        // id that collides with a derived one is the one to change, whichever comes first.
        JavaFileObject explicitAfterDerived = JavaFileObjects.forSourceLines("test.Counter",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import io.mycelium.annotation.MessageId;",
                "",
                "@Actor",
                "public interface Counter {",
                "    void add(long delta);",
                "",
                "    @MessageId(1388494993)",
                "    void reset();",
                "}");
        JavaFileObject explicitBeforeDerived = JavaFileObjects.forSourceLines("test.Tally",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import io.mycelium.annotation.MessageId;",
                "",
                "@Actor",
                "public interface Tally {",
                "    @MessageId(1388494993)",
                "    void reset();",
                "",
                "    void add(long delta);",
                "}");
        String fix = " Fix: give one of them a different @MessageId.";

        assertErrors(compile(bothExplicit, explicitAfterDerived, explicitBeforeDerived),
                error(bothExplicit, "// second",
                        "[MYC007] methods 'place' and 'cancel' both have message id 5." + fix),
                error(explicitAfterDerived, "@MessageId(1388494993)",
                        "[MYC007] methods 'add' and 'reset' both have message id 1388494993." + fix),
                error(explicitBeforeDerived, "@MessageId(1388494993)",
                        "[MYC007] methods 'reset' and 'add' both have message id 1388494993." + fix));
    }

    @Test
    void myc008NegativeMessageId() {
        JavaFileObject book = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import io.mycelium.annotation.MessageId;",
                "",
                "@Actor",
                "public interface Book {",
                "    @MessageId(-1)",
                "    void place(String order);",
                "}");

        assertErrors(compile(book),
                error(book, "@MessageId(-1)", "[MYC008] @MessageId(-1) on method 'place' is negative."
                        + " Fix: use an id of 0 or more."));
    }

    @Test
    void myc009OverloadedMethod() {
        JavaFileObject book = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Book {",
                "    void place(String order);",
                "",
                "    void place(String order, int quantity);",
                "}");

        assertErrors(compile(book),
                error(book, "int quantity", "[MYC009] method 'place' is overloaded, but every message needs"
                        + " a name of its own. Fix: rename one of the overloads."));
    }

    @Test
    void myc010ParameterNamedLikeAnObjectMethod() {
        JavaFileObject book = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Book {",
                "    void place(String order,",
                "            int hashCode);",
                "",
                "    void rename(String toString);",
                "}");

        assertErrors(compile(book),
                error(book, "int hashCode", "[MYC010] parameter 'hashCode' of method 'place' would clash"
                        + " with Object.hashCode() in the generated message record. Fix: rename the"
                        + " parameter."),
                error(book, "String toString", "[MYC010] parameter 'toString' of method 'rename' would"
                        + " clash with Object.toString() in the generated message record. Fix: rename the"
                        + " parameter."));
    }

    @Test
    void myc011NoAbstractMethods() {
        JavaFileObject idle = JavaFileObjects.forSourceLines("test.Idle",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "",
                "@Actor",
                "public interface Idle {",
                "    default void rest() {",
                "    }",
                "",
                "    static Idle none() {",
                "        return null;",
                "    }",
                "",
                "    @Override",
                "    String toString();",
                "}");

        assertErrors(compile(idle),
                error(idle, "public interface Idle", "[MYC011] @Actor interface 'Idle' declares no abstract"
                        + " methods, so it has no messages. Fix: add at least one void (tell) or"
                        + " CompletionStage<T> (ask) method."));
    }

    // MYC012 (NOT_ENCODABLE) is not tested: EncodabilityCheck has no rules yet, so no source can
    // trigger it. Add its test with the first rule.

    @Test
    void myc013MessageIdOnADefaultStaticOrPrivateMethod() {
        JavaFileObject book = JavaFileObjects.forSourceLines("test.Book",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import io.mycelium.annotation.MessageId;",
                "",
                "@Actor",
                "public interface Book {",
                "    void place(String order);",
                "",
                "    @MessageId(1)",
                "    default void placeTwice(String order) {",
                "        place(order);",
                "        place(order);",
                "    }",
                "",
                "    @MessageId(2)",
                "    static String describe() {",
                "        return \"book\";",
                "    }",
                "",
                "    @MessageId(3)",
                "    private void helper() {",
                "    }",
                "}");
        String fix = " Fix: remove the annotation, or make the method abstract.";

        assertErrors(compile(book),
                error(book, "@MessageId(1)",
                        "[MYC013] @MessageId on 'placeTwice', which is a default method and not a message." + fix),
                error(book, "@MessageId(2)",
                        "[MYC013] @MessageId on 'describe', which is a static method and not a message." + fix),
                error(book, "@MessageId(3)",
                        "[MYC013] @MessageId on 'helper', which is a private method and not a message." + fix));
    }

    @Test
    void everyBrokenRuleOfOneInterfaceIsReported() {
        JavaFileObject broken = JavaFileObjects.forSourceLines("test.Broken",
                "package test;",
                "",
                "import io.mycelium.annotation.Actor;",
                "import io.mycelium.annotation.MessageId;",
                "",
                "@Actor",
                "public interface Broken<T> {",
                "    <U> void generic(U value);",
                "",
                "    String notAStage();",
                "",
                "    void io() throws java.io.IOException;",
                "",
                "    @MessageId(-7)",
                "    void negative();",
                "",
                "    void twice(int a);",
                "",
                "    void twice(long a);",
                "",
                "    void named(String wait);",
                "",
                "    @MessageId(9)",
                "    default void helper() {",
                "    }",
                "}");

        Compilation compilation = compile(broken);

        assertErrors(compilation,
                error(broken, "public interface Broken<T>", "[MYC002] @Actor interface 'Broken' declares"
                        + " type parameters <T>. Fix: remove them; every message needs concrete types"
                        + " (declare one interface per type)."),
                error(broken, "<U> void generic", "[MYC004] method 'generic' declares type parameters <U>."
                        + " Fix: use concrete parameter and reply types."),
                error(broken, "String notAStage()", "[MYC005] method 'notAStage' returns java.lang.String."
                        + " Fix: return void for a tell, or CompletionStage<T> or CompletableFuture<T> with"
                        + " a concrete T for an ask."),
                error(broken, "void io()", "[MYC006] method 'io' declares checked exception"
                        + " java.io.IOException. Fix: remove it from throws; a failure reaches the asker as"
                        + " an exceptionally completed stage (throw an unchecked exception or return a"
                        + " failed future)."),
                error(broken, "@MessageId(-7)", "[MYC008] @MessageId(-7) on method 'negative' is negative."
                        + " Fix: use an id of 0 or more."),
                error(broken, "void twice(long a)", "[MYC009] method 'twice' is overloaded, but every"
                        + " message needs a name of its own. Fix: rename one of the overloads."),
                error(broken, "String wait", "[MYC010] parameter 'wait' of method 'named' would clash with"
                        + " Object.wait() in the generated message record. Fix: rename the parameter."),
                error(broken, "@MessageId(9)", "[MYC013] @MessageId on 'helper', which is a default method"
                        + " and not a message. Fix: remove the annotation, or make the method abstract."));
    }
}
