package io.mycelium.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.mycelium.processor.ProcessorTesting.compile;
import static io.mycelium.processor.ProcessorTesting.contents;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Golden generated sources for one representative protocol, the service file, and the stability
 * of message ids and fingerprints (peers compare them, so they must never drift).
 */
class GeneratedSourcesTest {
    private static final String SERVICE_FILE = "META-INF/services/io.mycelium.internal.ActorDescriptor";
    private static final Pattern FINGERPRINT = Pattern.compile("return (0x[0-9a-f]+L);");

    /** A tell, an ask of each future type (one with a generic reply), and a fixed id. */
    private static final JavaFileObject LEDGER = JavaFileObjects.forSourceString("com.acme.Ledger", """
            package com.acme;

            import io.mycelium.annotation.Actor;
            import io.mycelium.annotation.MessageId;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.CompletableFuture;
            import java.util.concurrent.CompletionStage;

            @Actor
            public interface Ledger {
                void deposit(String account, long amount);

                CompletionStage<Long> balance(String account);

                CompletableFuture<Map<String, List<Long>>> history(int limit);

                @MessageId(42)
                void reset();
            }
            """);

    @Test
    void protocol() {
        Compilation compilation = compile(LEDGER);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.LedgerProtocol").hasSourceEquivalentTo(
                JavaFileObjects.forSourceString("com.acme.LedgerProtocol", """
                        package com.acme;

                        import io.mycelium.internal.Reply;
                        import java.util.List;
                        import java.util.Map;
                        import javax.annotation.processing.Generated;

                        @Generated("io.mycelium.processor.ActorProcessor")
                        public sealed interface LedgerProtocol permits LedgerProtocol.Deposit,
                                LedgerProtocol.Balance, LedgerProtocol.History, LedgerProtocol.Reset {
                          record Deposit(String account, long amount) implements LedgerProtocol {
                          }

                          record Balance(String account, Reply<Long> reply) implements LedgerProtocol {
                          }

                          record History(int limit, Reply<Map<String, List<Long>>> reply)
                              implements LedgerProtocol {
                          }

                          record Reset() implements LedgerProtocol {
                          }
                        }
                        """));
    }

    @Test
    void proxy() {
        Compilation compilation = compile(LEDGER);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.LedgerProxy").hasSourceEquivalentTo(
                JavaFileObjects.forSourceString("com.acme.LedgerProxy", """
                        package com.acme;

                        import io.mycelium.internal.ActorProxy;
                        import io.mycelium.internal.AskFuture;
                        import io.mycelium.internal.Endpoint;
                        import java.util.List;
                        import java.util.Map;
                        import java.util.concurrent.CompletableFuture;
                        import java.util.concurrent.CompletionStage;
                        import javax.annotation.processing.Generated;

                        @Generated("io.mycelium.processor.ActorProcessor")
                        public final class LedgerProxy implements Ledger, ActorProxy {
                          private final Endpoint endpoint;

                          public LedgerProxy(Endpoint endpoint) {
                            this.endpoint = endpoint;
                          }

                          @Override
                          public Endpoint endpoint() {
                            return endpoint;
                          }

                          @Override
                          public String toString() {
                            return "Ledger[" + endpoint + "]";
                          }

                          @Override
                          public void deposit(String account, long amount) {
                            this.endpoint.tell(new LedgerProtocol.Deposit(account, amount));
                          }

                          @Override
                          public CompletionStage<Long> balance(String account) {
                            AskFuture<Long> reply = this.endpoint.newAsk("balance");
                            this.endpoint.ask(new LedgerProtocol.Balance(account, reply), reply);
                            return reply;
                          }

                          @Override
                          public CompletableFuture<Map<String, List<Long>>> history(int limit) {
                            AskFuture<Map<String, List<Long>>> reply = this.endpoint.newAsk("history");
                            this.endpoint.ask(new LedgerProtocol.History(limit, reply), reply);
                            return reply;
                          }

                          @Override
                          public void reset() {
                            this.endpoint.tell(new LedgerProtocol.Reset());
                          }
                        }
                        """));
    }

    @Test
    void dispatcher() {
        Compilation compilation = compile(LEDGER);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.acme.LedgerDispatcher").hasSourceEquivalentTo(
                JavaFileObjects.forSourceString("com.acme.LedgerDispatcher", """
                        package com.acme;

                        import io.mycelium.internal.MessageDispatcher;
                        import io.mycelium.internal.Replies;
                        import io.mycelium.internal.Reply;
                        import javax.annotation.processing.Generated;

                        @Generated("io.mycelium.processor.ActorProcessor")
                        public final class LedgerDispatcher implements MessageDispatcher<Ledger> {
                          public static final LedgerDispatcher INSTANCE = new LedgerDispatcher();

                          private LedgerDispatcher() {
                          }

                          @Override
                          public void dispatch(Ledger actor, Object message) {
                            switch ((LedgerProtocol) message) {
                              case LedgerProtocol.Deposit m -> actor.deposit(m.account(), m.amount());
                              case LedgerProtocol.Balance m ->
                                  Replies.forward(actor.balance(m.account()), m.reply(), "balance");
                              case LedgerProtocol.History m ->
                                  Replies.forward(actor.history(m.limit()), m.reply(), "history");
                              case LedgerProtocol.Reset m -> actor.reset();
                            }
                          }

                          @Override
                          public Reply<?> replyOf(Object message) {
                            return switch ((LedgerProtocol) message) {
                              case LedgerProtocol.Deposit m -> null;
                              case LedgerProtocol.Balance m -> m.reply();
                              case LedgerProtocol.History m -> m.reply();
                              case LedgerProtocol.Reset m -> null;
                            };
                          }

                          @Override
                          public String nameOf(Object message) {
                            return switch ((LedgerProtocol) message) {
                              case LedgerProtocol.Deposit m -> "deposit";
                              case LedgerProtocol.Balance m -> "balance";
                              case LedgerProtocol.History m -> "history";
                              case LedgerProtocol.Reset m -> "reset";
                            };
                          }
                        }
                        """));
    }

    @Test
    void descriptorPinsDerivedIdsAndTheFingerprint() {
        Compilation compilation = compile(LEDGER);

        assertThat(compilation).succeededWithoutWarnings();
        // The literal ids and fingerprint pin the hash functions: if one of these changes, every
        // deployed peer stops understanding the new build. Never update them to make this pass.
        assertThat(compilation).generatedSourceFile("com.acme.LedgerDescriptor").hasSourceEquivalentTo(
                JavaFileObjects.forSourceString("com.acme.LedgerDescriptor", """
                        package com.acme;

                        import io.mycelium.internal.ActorDescriptor;
                        import io.mycelium.internal.Endpoint;
                        import io.mycelium.internal.MessageCodec;
                        import io.mycelium.internal.MessageDispatcher;
                        import io.mycelium.internal.MessageInfo;
                        import java.util.List;
                        import javax.annotation.processing.Generated;

                        @Generated("io.mycelium.processor.ActorProcessor")
                        public final class LedgerDescriptor implements ActorDescriptor<Ledger> {
                          private static final List<MessageInfo> MESSAGES = List.of(
                              new MessageInfo(360763047, "deposit", false, "deposit(java.lang.String,long)",
                                  "(String,long)->void",
                                  0xcf7023e894225b4aL),
                              new MessageInfo(230172471, "balance", true, "balance(java.lang.String)",
                                  "(String)->Long",
                                  0x66ff65a6256a05b8L),
                              new MessageInfo(1885660997, "history", true, "history(int)",
                                  "(int)->Map<String,List<Long>>",
                                  0xe6ec6a25c5cf9d01L),
                              new MessageInfo(42, "reset", false, "reset()",
                                  "()->void",
                                  0xb98c97f01cba5b43L));

                          public LedgerDescriptor() {
                          }

                          @Override
                          public Class<Ledger> actorType() {
                            return Ledger.class;
                          }

                          @Override
                          public Ledger newProxy(Endpoint endpoint) {
                            return new LedgerProxy(endpoint);
                          }

                          @Override
                          public MessageDispatcher<Ledger> dispatcher() {
                            return LedgerDispatcher.INSTANCE;
                          }

                          @Override
                          public List<MessageInfo> messages() {
                            return MESSAGES;
                          }

                          @Override
                          public long fingerprint() {
                            return 0xf99d8d587751319fL;
                          }

                          @Override
                          public MessageCodec<Ledger> codec() {
                            return LedgerCodec.DEFAULT;
                          }
                        }
                        """));
    }

    @Test
    void serviceFileListsEveryDescriptorOfTheCompilationSorted() {
        JavaFileObject audit = JavaFileObjects.forSourceString("com.acme.audit.Audit", """
                package com.acme.audit;

                @io.mycelium.annotation.Actor
                public interface Audit {
                    void record(String line);
                }
                """);

        assertThat(compile(LEDGER)).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
                .contentsAsUtf8String().isEqualTo("com.acme.LedgerDescriptor\n");
        assertThat(compile(LEDGER, audit)).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE)
                .contentsAsUtf8String().isEqualTo("com.acme.LedgerDescriptor\ncom.acme.audit.AuditDescriptor\n");
    }

    @Test
    void generatedSourcesAreIdenticalAcrossCompilations() {
        Compilation first = compile(LEDGER);
        Compilation second = compile(LEDGER);

        for (String name : List.of("Protocol", "Proxy", "Dispatcher", "Descriptor")) {
            assertThat(contents(second.generatedSourceFile("com.acme.Ledger" + name).orElseThrow()))
                    .isEqualTo(contents(first.generatedSourceFile("com.acme.Ledger" + name).orElseThrow()));
        }
    }

    @Test
    void derivedIdDependsOnlyOnTheMethodNameAndErasedParameterTypes() {
        // Signatures of Ledger in another interface and package, in another order, with other
        // parameter names, type annotations, another reply type (history) and extra methods.
        JavaFileObject bank = JavaFileObjects.forSourceString("org.bank.Bank", """
                package org.bank;

                import io.mycelium.annotation.Actor;
                import java.lang.annotation.ElementType;
                import java.lang.annotation.Target;
                import java.util.concurrent.CompletionStage;

                @Actor
                public interface Bank {
                    @Target(ElementType.TYPE_USE)
                    @interface NonNull {
                    }

                    void withdraw(String from, long cents);

                    CompletionStage<String> history(int max);

                    void deposit(@NonNull String to, long cents);

                    CompletionStage<@NonNull Long> balance(@NonNull String who);

                    void depositSmall(String to, int cents);
                }
                """);
        Compilation compilation = compile(bank);

        assertThat(compilation).succeededWithoutWarnings();
        List<String> ids = ids(compilation, "org.bank.BankDescriptor");
        assertThat(ids).contains("360763047 deposit(java.lang.String,long)");
        assertThat(ids).contains("230172471 balance(java.lang.String)");
        assertThat(ids).contains("1885660997 history(int)");
        assertThat(ids.stream().map(id -> id.substring(0, id.indexOf(' '))).distinct().count())
                .isEqualTo((long) ids.size());
    }

    @Test
    void fingerprintIgnoresParameterNamesAndTypeAnnotationsButNotTypes() {
        JavaFileObject renamed = JavaFileObjects.forSourceString("com.acme.Ledger", """
                package com.acme;

                import io.mycelium.annotation.Actor;
                import io.mycelium.annotation.MessageId;
                import java.lang.annotation.ElementType;
                import java.lang.annotation.Target;
                import java.util.List;
                import java.util.Map;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.CompletionStage;

                @Actor
                public interface Ledger {
                    @Target(ElementType.TYPE_USE)
                    @interface NonNull {
                    }

                    void deposit(@NonNull String to, long cents);

                    CompletionStage<@NonNull Long> balance(@NonNull String who);

                    CompletableFuture<Map<@NonNull String, List<@NonNull Long>>> history(int max);

                    @MessageId(42)
                    void reset();
                }
                """);
        JavaFileObject otherReply = JavaFileObjects.forSourceString("com.acme.Ledger",
                contents(LEDGER).replace("CompletionStage<Long> balance", "CompletionStage<Integer> balance"));

        assertThat(fingerprint(compile(renamed))).isEqualTo("0xf99d8d587751319fL");
        assertThat(fingerprint(compile(otherReply))).isNotEqualTo("0xf99d8d587751319fL");
    }

    @Test
    void hashesAreStandardFnv1a() {
        // Published FNV-1a test vectors, so any implementation in any language can match ours.
        assertThat(Hashes.fingerprint("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Hashes.fingerprint("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Hashes.fingerprint("foobar")).isEqualTo(0x85944171f73967e8L);
        // 32-bit FNV-1a folded to a non-negative int: 0xe40c292c and 0xbf9cf968 without the sign bit.
        assertThat(Hashes.messageId("a")).isEqualTo(0x640c292c);
        assertThat(Hashes.messageId("foobar")).isEqualTo(0x3f9cf968);
    }

    private static String fingerprint(Compilation compilation) {
        assertThat(compilation).succeededWithoutWarnings();
        Matcher matcher = FINGERPRINT.matcher(contents(compilation.generatedSourceFile("com.acme.LedgerDescriptor")
                .orElseThrow()));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** Each message of a generated descriptor as {@code id signature}. */
    private static List<String> ids(Compilation compilation, String descriptor) {
        Matcher info = ProcessorTesting.MESSAGE_INFO.matcher(
                contents(compilation.generatedSourceFile(descriptor).orElseThrow()));
        List<String> ids = new ArrayList<>();
        while (info.find()) {
            ids.add(info.group(1) + " " + info.group(4));
        }
        return ids;
    }
}
