package io.mycelium.codec;

import static io.mycelium.codec.Deep.assertDeepEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.CodecException;
import io.mycelium.MyceliumException;
import io.mycelium.RemoteFailureException;
import io.mycelium.internal.MessageCodec;
import io.mycelium.internal.wire.WireLimits;
import io.mycelium.internal.wire.WireOut;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Property tests: every supported type survives encode → decode, as a record and as a call. */
class CodecRoundTripTest {
    private final FakeResolver resolver = new FakeResolver();
    private final MessageCodec<Everything> codec = EverythingCodec.DEFAULT.with(WireLimits.DEFAULT, resolver);

    @Test
    void everyMessageSurvivesTheWireAsARecordAndAsAHandlerCall() {
        Values values = new Values(20_261_122L, resolver);
        RecordingEverything actor = new RecordingEverything();
        for (int i = 0; i < 3_000; i++) {
            EverythingProtocol message = values.everything();
            WireOut out = switch (i % 3) {
                case 0 -> WireOut.allocate(16);                       // grows
                case 1 -> WireOut.allocateDirect(1 << 16);
                default -> new WireOut(ByteBuffer.allocate(1 << 16).order(ByteOrder.BIG_ENDIAN));
            };
            int id = codec.encode(message, out);
            assertEquals(codec.messageIdOf(message), id);

            ByteBuffer frame = out.buffer().flip();
            NoReply<Object> reply = new NoReply<>();
            Object decoded = codec.decode(id, frame.duplicate(), reply);
            assertDeepEquals(message, decoded, "message " + i);

            codec.decodeAndDispatch(id, frame.duplicate(), actor, reply);
            String name = EverythingDescriptorNames.of(id);
            assertEquals(name, actor.method);
            assertDeepEquals(arguments(message), Arrays.asList(actor.arguments), "call " + i + " " + name);
        }
    }

    @Test
    void everyReplySurvivesTheWire() {
        Values values = new Values(7L, resolver);
        for (int i = 0; i < 2_000; i++) {
            int id = switch (i % 4) {
                case 0 -> EverythingCodec.ECHO;
                case 1 -> EverythingCodec.PRICES;
                case 2 -> EverythingCodec.BLOB;
                default -> EverythingCodec.FIND;
            };
            Object reply = values.everythingReply(id);
            WireOut out = WireOut.allocate(64);
            codec.encodeReply(id, reply, out);
            assertDeepEquals(reply, codec.decodeReply(id, out.buffer().flip()), "reply " + i);
        }
    }

    @Test
    void aFailedAskCarriesTheExceptionsClassAndMessage() {
        WireOut out = WireOut.allocate(8);
        codec.encodeFailure(EverythingCodec.ECHO, new IllegalStateException("book is closed: ünïcödé"), out);
        RemoteFailureException failure = codec.decodeFailure(EverythingCodec.ECHO, out.buffer().flip());
        assertEquals("java.lang.IllegalStateException", failure.remoteType());
        assertEquals("book is closed: ünïcödé", failure.remoteMessage());
        assertEquals("java.lang.IllegalStateException: book is closed: ünïcödé", failure.getMessage());

        out.clear();
        codec.encodeFailure(EverythingCodec.ECHO, new NullPointerException(), out);
        RemoteFailureException noMessage = codec.decodeFailure(EverythingCodec.ECHO, out.buffer().flip());
        assertNull(noMessage.remoteMessage());

        out.clear();
        codec.encodeFailure(EverythingCodec.ECHO, failure, out);
        assertEquals("java.lang.IllegalStateException",
                codec.decodeFailure(EverythingCodec.ECHO, out.buffer().flip()).remoteType(),
                "a relayed failure keeps its original class");
    }

    @Test
    void stringsKeepEveryCodePointAndUnpairedSurrogatesBecomeQuestionMarks() {
        for (String text : List.of("", "plain", "é€日本", "😀 and 𝄞", "\u0000\u07ff\u0800\uffff", "x".repeat(100_000))) {
            WireOut out = WireOut.allocate(4);
            codec.encode(new EverythingProtocol.Text(text, null), out);
            ByteBuffer frame = out.buffer().flip();
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, frame.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt());
            EverythingProtocol.Text decoded = (EverythingProtocol.Text) codec.decode(EverythingCodec.TEXT, frame, null);
            assertEquals(text, decoded.text());
            assertNull(decoded.other());
        }
        WireOut out = WireOut.allocate(64);
        codec.encode(new EverythingProtocol.Text("a\ud800b\udc00", "\ud83d"), out);
        EverythingProtocol.Text decoded = (EverythingProtocol.Text) codec.decode(EverythingCodec.TEXT,
                out.buffer().flip(), null);
        assertEquals("a?b?", decoded.text());
        assertEquals("?", decoded.other());
    }

    @Test
    void actorReferencesCrossAsAddressesThroughThePluggableResolver() {
        Trading first = resolver.trading("first");
        Trading second = resolver.trading("second");
        WireOut out = WireOut.allocate(64);
        codec.encode(new EverythingProtocol.Actors(first, List.of(second, first)), out);
        ByteBuffer frame = out.buffer().flip();
        ByteBuffer peek = frame.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        byte[] address = new byte[peek.getInt()];
        peek.get(address);
        assertEquals("fake:first", new String(address, StandardCharsets.UTF_8));

        RecordingEverything actor = new RecordingEverything();
        codec.decodeAndDispatch(EverythingCodec.ACTORS, frame, actor, null);
        assertSame(first, actor.arguments[0]);
        assertEquals(List.of(second, first), actor.arguments[1]);

        MessageCodec<Everything> withoutTransport = EverythingCodec.DEFAULT;
        assertThrows(MyceliumException.class,
                () -> withoutTransport.encode(new EverythingProtocol.Actors(first, null), WireOut.allocate(8)));
        CodecException unresolvable = assertThrows(CodecException.class,
                () -> withoutTransport.decode(EverythingCodec.ACTORS, frame.rewind(), null));
        assertTrue(unresolvable.getMessage().contains("cannot resolve Trading at 'fake:first'"),
                unresolvable.getMessage());
    }

    @Test
    void bodiesAreReadFromTheBuffersPositionWhateverItsOrderOrKind() {
        WireOut out = new WireOut(ByteBuffer.allocateDirect(256));
        out.writeLong(0xfeedL);                      // a transport's frame header, say
        int bodyStart = out.position();
        Values values = new Values(3L, resolver);
        Book book = values.book();
        TradingCodec.DEFAULT.encode(new TradingProtocol.Publish(book), out);
        ByteBuffer frame = out.buffer().flip().position(bodyStart).slice();   // slices are big-endian
        assertEquals(ByteOrder.BIG_ENDIAN, frame.order());
        TradingProtocol.Publish decoded = (TradingProtocol.Publish) TradingCodec.DEFAULT.decode(
                TradingCodec.PUBLISH, frame, null);
        assertDeepEquals(book, decoded.book(), "book");
    }

    @Test
    void theWriterGrowsToTheLimitAndNoFurther() {
        WireOut small = WireOut.allocateDirect(8);
        codec.encode(new EverythingProtocol.Text("x".repeat(5_000), "y"), small);
        assertTrue(small.buffer().isDirect(), "a direct buffer grows into a direct buffer");
        assertEquals(4 + 5_000 + 4 + 1, small.position());

        WireOut capped = new WireOut(ByteBuffer.allocate(8), new WireLimits(1_000, 100));
        CodecException tooLarge = assertThrows(CodecException.class,
                () -> codec.encode(new EverythingProtocol.Text("x".repeat(2_000), null), capped));
        assertTrue(tooLarge.getMessage().contains("more than the limit of 1000"), tooLarge.getMessage());
    }

    @Test
    void lengthsAndCountsAreCheckedAgainstTheConfiguredLimits() {
        WireOut out = WireOut.allocate(64);
        codec.encode(new EverythingProtocol.Text("x".repeat(51), null), out);
        MessageCodec<Everything> strict = codec.with(new WireLimits(50, 10), resolver);
        CodecException longString = assertThrows(CodecException.class,
                () -> strict.decode(EverythingCodec.TEXT, out.buffer().flip(), null));
        assertEquals("bad frame for message id " + EverythingCodec.TEXT
                + " at offset 0: string length 51 exceeds the limit of 50", longString.getMessage());
        assertEquals(0, longString.offset());
        assertEquals(EverythingCodec.TEXT, longString.messageId());

        out.clear();
        List<Integer> eleven = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        codec.encode(new EverythingProtocol.Collections(null, new java.util.LinkedHashSet<>(eleven), null,
                Optional.empty(), null, null), out);
        CodecException manyElements = assertThrows(CodecException.class,
                () -> strict.decode(EverythingCodec.COLLECTIONS, out.buffer().flip(), null));
        assertTrue(manyElements.getMessage().endsWith("element count 11 exceeds the limit of 10"),
                manyElements.getMessage());
    }

    @Test
    void aRecordsConstructorRefusingDecodedValuesIsABadFrame() {
        WireOut out = WireOut.allocate(64);
        out.writeBoolean(true);          // Nested present
        out.writeString("n");
        out.writeBoolean(false);         // inner
        out.writeCount(-1);              // inners
        out.writeCount(-1);              // byName
        out.writeBoolean(false);         // side (null Optional)
        out.writeCount(-1);              // numbers
        out.writeBoolean(true);          // Validated present
        out.writeInt(-5);                //   ... and negative
        CodecException refused = assertThrows(CodecException.class,
                () -> codec.decodeAndDispatch(EverythingCodec.ECHO, out.buffer().flip(), new RecordingEverything(),
                        new NoReply<>()));
        assertTrue(refused.getMessage().contains("record Validated refused the decoded values"), refused.getMessage());
        assertInstanceOf(IllegalArgumentException.class, refused.getCause());
    }

    @Test
    void descriptorsExposeTheCodecAndEachMessagesSchema() {
        assertSame(TradingCodec.DEFAULT, new TradingDescriptor().codec());
        assertEquals(Trading.class, new TradingDescriptor().codec().actorType());
        MyceliumException local = assertThrows(MyceliumException.class, () -> new LocalOnlyDescriptor().codec());
        assertEquals("io.mycelium.codec.LocalOnly is declared @Actor(local = true): it has no wire codec and can"
                + " only be reached inside its own JVM", local.getMessage());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.mycelium.codec.LocalOnlyCodec"));
    }

    @Test
    void decodingAnAskNeedsTheReplyThatAnswersIt() {
        WireOut out = WireOut.allocate(16);
        TradingCodec.DEFAULT.encode(new TradingProtocol.Lookup(9, new NoReply<>()), out);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TradingCodec.DEFAULT.decode(TradingCodec.LOOKUP, out.buffer().flip(), null));
        assertEquals("message id 4 is an ask: pass the Reply that answers it", missing.getMessage());
    }

    /** The record's components minus the reply, in order: what the handler should receive. */
    private static List<Object> arguments(Object message) {
        List<Object> arguments = new ArrayList<>();
        for (RecordComponent component : message.getClass().getRecordComponents()) {
            if (component.getType() == io.mycelium.internal.Reply.class) {
                continue;
            }
            try {
                arguments.add(component.getAccessor().invoke(message));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return arguments;
    }

    /** Method names by id, from the generated descriptor. */
    static final class EverythingDescriptorNames {
        static String of(int id) {
            return new EverythingDescriptor().messages().stream().filter(m -> m.id() == id).findFirst()
                    .orElseThrow().name();
        }
    }
}
