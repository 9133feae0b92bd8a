package io.mycelium.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.mycelium.processor.ProcessorTesting.compile;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.mycelium.ActorSystem;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Code generated in a Compile Testing compilation, loaded through a {@link CompilationClassLoader}
 * and run on the real runtime: the runtime finds the generated descriptor through
 * {@link java.util.ServiceLoader} with the interface's class loader, spawns the actor, and the
 * generated proxy and dispatcher carry tells and asks to an implementation compiled alongside.
 * The test knows none of these types at compile time, so it calls them by reflection.
 */
class GeneratedCodeRunsTest {
    private static final long TIMEOUT_SECONDS = 10;

    private static final JavaFileObject TALLY = JavaFileObjects.forSourceString("com.acme.run.Tally", """
            package com.acme.run;

            import io.mycelium.annotation.Actor;
            import io.mycelium.annotation.MessageId;
            import java.util.List;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.CompletionStage;

            @Actor
            public interface Tally {
                void add(long delta);

                void log(String... lines);

                CompletionStage<Long> total();

                @MessageId(3)
                CompletableFuture<List<String>> lines();

                CompletionStage<String> fail(String why);
            }
            """);
    private static final JavaFileObject TALLY_IMPL = JavaFileObjects.forSourceString("com.acme.run.TallyImpl", """
            package com.acme.run;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.CompletionStage;

            public final class TallyImpl implements Tally {
                private final List<String> lines = new ArrayList<>();
                private long total;

                @Override
                public void add(long delta) {
                    total += delta;
                }

                @Override
                public void log(String... lines) {
                    this.lines.addAll(List.of(lines));
                }

                @Override
                public CompletionStage<Long> total() {
                    return CompletableFuture.completedFuture(total);
                }

                @Override
                public CompletableFuture<List<String>> lines() {
                    return CompletableFuture.completedFuture(List.copyOf(lines));
                }

                @Override
                public CompletionStage<String> fail(String why) {
                    throw new IllegalStateException(why);
                }
            }
            """);

    @Test
    void tellsAndAsksReachAnActorCompiledInTheTest() throws Exception {
        Compilation compilation = compile(TALLY, TALLY_IMPL);
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompilationClassLoader(compilation, getClass().getClassLoader());
        Class<?> tallyType = loader.loadClass("com.acme.run.Tally");

        try (ActorSystem system = ActorSystem.create("generated-code")) {
            Object tally = spawn(system, tallyType, "tally", loader.loadClass("com.acme.run.TallyImpl"));

            assertThat(tally.getClass().getName()).isEqualTo("com.acme.run.TallyProxy");
            assertThat(tally.getClass().getClassLoader()).isSameInstanceAs(loader);
            for (long i = 1; i <= 100; i++) {
                call(tally, tallyType, "add", i);
            }
            call(tally, tallyType, "log", (Object) new String[] {"first", "second"});
            assertThat(await(call(tally, tallyType, "total"))).isEqualTo(5050L);
            assertThat(await(call(tally, tallyType, "lines"))).isEqualTo(List.of("first", "second"));

            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> await(call(tally, tallyType, "fail", "boom")));
            assertThat(failure).hasCauseThat().isInstanceOf(IllegalStateException.class);
            assertThat(failure).hasCauseThat().hasMessageThat().isEqualTo("boom");
        }
    }

    @Test
    void packagePrivateActorInTheDefaultPackage() throws Exception {
        // Package-private generated types, reached only through the public descriptor, which
        // ServiceLoader instantiates from the unnamed package.
        Compilation compilation = compile(
                JavaFileObjects.forSourceString("Echo", """
                        import io.mycelium.annotation.Actor;
                        import java.util.concurrent.CompletionStage;

                        @Actor
                        interface Echo {
                            CompletionStage<String> echo(String text);
                        }
                        """),
                JavaFileObjects.forSourceString("EchoImpl", """
                        import java.util.concurrent.CompletableFuture;
                        import java.util.concurrent.CompletionStage;

                        public final class EchoImpl implements Echo {
                            @Override
                            public CompletionStage<String> echo(String text) {
                                return CompletableFuture.completedFuture(text + "!");
                            }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader loader = new CompilationClassLoader(compilation, getClass().getClassLoader());
        Class<?> echoType = loader.loadClass("Echo");

        try (ActorSystem system = ActorSystem.create("default-package")) {
            Object echo = spawn(system, echoType, "echo", loader.loadClass("EchoImpl"));

            assertThat(echo.getClass().getName()).isEqualTo("EchoProxy");
            assertThat(await(call(echo, echoType, "echo", "hello"))).isEqualTo("hello!");
        }
    }

    /** Spawns an actor of {@code type} whose factory makes a new {@code implementation}. */
    private static <A> A spawn(ActorSystem system, Class<A> type, String name, Class<?> implementation) {
        return system.spawn(type, name, () -> {
            try {
                return type.cast(implementation.getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot instantiate " + implementation, e);
            }
        });
    }

    /** Calls the only method of {@code type} named {@code name} on {@code target}. */
    private static Object call(Object target, Class<?> type, String name, Object... arguments) throws Exception {
        Method method = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(name)) {
                assertThat(method).isNull();
                method = candidate;
            }
        }
        assertThat(method).isNotNull();
        // The interface may be package-private, and so not accessible from this package.
        method.setAccessible(true);
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Object await(Object stage) throws Exception {
        return ((CompletionStage<?>) stage).toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
