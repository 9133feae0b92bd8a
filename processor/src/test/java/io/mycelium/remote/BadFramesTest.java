package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.internal.MessageInfo;
import io.mycelium.internal.wire.WireIn;
import io.mycelium.internal.wire.WireLimits;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames no Mycelium node would send close that one connection; the node, its actors and every
 * other connection carry on. Each test breaks the protocol in one way, then checks that a client
 * connected all along still gets answers and that a new client can still connect.
 */
class BadFramesTest {
    @TempDir
    static Path dir;
    static NodeProcess node;
    static ActorSystem healthyClient;
    static Ledger healthy;

    @BeforeAll
    static void start() throws Exception {
        node = NodeProcess.start(Transports.listen("tcp", dir), Transports.listen("unix", dir));
        healthyClient = ActorSystem.create("healthy-client");
        healthy = healthyClient.lookup(Ledger.class, node.address(1) + "/ledger");
    }

    @AfterAll
    static void stop() {
        healthyClient.close();
        node.close();
    }

    private int logSeen;

    @BeforeEach
    void markTheLog() throws Exception {
        logSeen = node.log().length();
    }

    /** The node logged exactly one protocol error since the test began, and it names {@code problem}. */
    private static void loggedOnce(String problem, int since) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String fresh;
        do {
            fresh = node.log().substring(since);
        } while (!fresh.contains("protocol error") && System.nanoTime() < deadline);
        List<String> lines = fresh.lines().filter(l -> l.contains("protocol error")).toList();
        assertEquals(1, lines.size(), fresh);
        assertTrue(lines.get(0).contains(problem), lines.get(0));
    }

    @AfterEach
    void everythingElseCarriesOn() throws Exception {
        healthy.post("healthy", 1);
        assertTrue(healthy.countFrom("healthy").toCompletableFuture().get(10, TimeUnit.SECONDS) > 0);
        try (ActorSystem fresh = ActorSystem.create("fresh-client")) {
            Ledger ledger = fresh.lookup(Ledger.class, node.address(0) + "/ledger");
            ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        assertTrue(node.isAlive());
    }

    private static RawPeer raw() throws Exception {
        return RawPeer.connect(node.address(0));
    }

    @Test
    void garbageBytesCloseTheConnection() throws Exception {
        byte[] garbage = new byte[512];
        new Random(7).nextBytes(garbage);
        try (RawPeer peer = raw()) {
            peer.send(garbage);
            assertTrue(peer.closedByNode());
            loggedOnce("is outside 1..", logSeen);
        }
    }

    @Test
    void anOversizedLengthClosesTheConnectionBeforeAnythingIsAllocated() throws Exception {
        try (RawPeer peer = raw()) {
            peer.send(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 1, 2, 3});
            assertTrue(peer.closedByNode());
            loggedOnce("frame length 2147483647 is outside 1..", logSeen);
        }
    }

    @Test
    void aZeroLengthFrameClosesTheConnection() throws Exception {
        try (RawPeer peer = raw()) {
            peer.send(new byte[] {0, 0, 0, 0});
            assertTrue(peer.closedByNode());
            loggedOnce("frame length 0 is outside 1..", logSeen);
        }
    }

    @Test
    void aPeerThatSkipsTheHandshakeIsRefused() throws Exception {
        try (RawPeer peer = raw()) {
            peer.frame(RawPeer.TELL, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.POST);
            });
            assertTrue(peer.closedByNode());
            loggedOnce("TELL frame, at byte 5 of the frame: the first frame must be a HELLO handshake, not TELL", logSeen);
        }
    }

    @Test
    void aHandshakeWithTheWrongMagicIsRefused() throws Exception {
        try (RawPeer peer = raw()) {
            peer.frame(RawPeer.HELLO, out -> {
                out.writeInt(0x12345678);
                out.writeShort((short) 1);
            });
            assertTrue(peer.closedByNode());
            loggedOnce("HELLO frame, at byte 5 of the frame: not a Mycelium peer: the handshake starts with 0x12345678", logSeen);
        }
    }

    @Test
    void anUnknownMessageIdClosesTheConnection() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger();
            peer.frame(RawPeer.TELL, out -> {
                out.writeInt(1);
                out.writeInt(123_456);
            });
            assertTrue(peer.closedByNode());
            loggedOnce("TELL frame of message id 123456, at byte 5 of the frame: unknown message id for io.mycelium.remote.Ledger", logSeen);
        }
    }

    @Test
    void anAskSentAsATellClosesTheConnection() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger();
            peer.frame(RawPeer.TELL, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.TOTAL);
            });
            assertTrue(peer.closedByNode());
            loggedOnce("TELL frame of message id " + LedgerCodec.TOTAL + ", at byte 5 of the frame: a TELL of ask 'total' of io.mycelium.remote.Ledger", logSeen);
        }
    }

    @Test
    void aTruncatedBodyClosesTheConnection() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger();
            peer.frame(RawPeer.TELL, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.POST);
                out.writeInt(50); // a string of 50 bytes, which never come
                out.writeByte((byte) 'x');
            });
            assertTrue(peer.closedByNode());
            loggedOnce("TELL frame of message id " + LedgerCodec.POST + ", at byte 13 of the frame: string length 50 exceeds the 1 bytes left", logSeen);
        }
    }

    @Test
    void aFrameForAHandleNeverBoundClosesTheConnection() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger();
            peer.frame(RawPeer.TELL, out -> {
                out.writeInt(99);
                out.writeInt(LedgerCodec.POST);
                out.writeString("x");
                out.writeLong(1);
            });
            assertTrue(peer.closedByNode());
            loggedOnce("TELL frame, at byte 5 of the frame: frame for handle 99, which the peer never bound", logSeen);
        }
    }

    @Test
    void aConnectionCutInsideAFrameIsJustClosed() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger();
            peer.send(new byte[] {100, 0, 0, 0, RawPeer.TELL, 1, 0});
        }
    }

    @Test
    void wellFormedFramesOnTheSameRawConnectionAreServed() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger();
            peer.frame(RawPeer.ASK, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.COUNT_FROM);
                out.writeLong(42);
                out.writeString("nobody");
            });
            ByteBuffer reply = peer.expect(RawPeer.REPLY);
            assertEquals(42, reply.getLong());
            assertEquals(1, reply.get()); // a boxed Long: present
            assertEquals(0, reply.getLong());
        }
    }

    @Test
    void anAskThroughARefusedBindIsAnsweredWithTheRefusalNotAHandlerFailure() throws Exception {
        try (RawPeer peer = raw()) {
            peer.hello(MessageInfo::schemaHash);
            peer.expect(RawPeer.HELLO);
            peer.bind(1, "nobody");
            peer.expect(RawPeer.BIND_FAILED);
            peer.frame(RawPeer.ASK, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.TOTAL);
                out.writeLong(7);
            });
            ByteBuffer refused = peer.expect(RawPeer.REFUSED).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(7, refused.getLong());
            assertEquals("node 'ledger-node' has no exported actor named 'nobody'",
                    WireIn.readString(refused, -1, WireLimits.DEFAULT));
        }
    }

    @Test
    void aFailureTooLargeForThePeerArrivesAsAShortSubstitute() throws Exception {
        try (RawPeer peer = raw()) {
            peer.helloAndBindLedger(); // announcing frames of at most 1 MiB
            String huge = "x".repeat(2 << 20);
            peer.frame(RawPeer.ASK, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.FAIL);
                out.writeLong(9);
                out.writeString(huge); // the handler throws IllegalStateException(huge)
            });
            ByteBuffer failure = peer.expect(RawPeer.FAILURE).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(9, failure.getLong());
            assertEquals("io.mycelium.MyceliumException", WireIn.readString(failure, -1, WireLimits.DEFAULT));
            String message = WireIn.readString(failure, -1, WireLimits.DEFAULT);
            assertTrue(message.startsWith("the failure of an ask (java.lang.IllegalStateException) was too"
                    + " large to send to from /127.0.0.1:"), message);
            // The connection still works.
            peer.frame(RawPeer.ASK, out -> {
                out.writeInt(1);
                out.writeInt(LedgerCodec.COUNT_FROM);
                out.writeLong(10);
                out.writeString("nobody");
            });
            assertEquals(10, peer.expect(RawPeer.REPLY).getLong());
        }
    }

    @Test
    void aPeerWithADifferentProtocolIsRefusedNamingTheMethod() throws Exception {
        try (RawPeer peer = raw()) {
            peer.hello(message -> message.name().equals("post") ? message.schemaHash() ^ 1 : message.schemaHash());
            peer.expect(RawPeer.HELLO);
            peer.bind(1, "ledger");
            ByteBuffer refused = peer.expect(RawPeer.BIND_FAILED).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(1, refused.getInt());
            String reason = WireIn.readString(refused, -1, WireLimits.DEFAULT);
            assertTrue(reason.contains("protocol " + Ledger.class.getName()), reason);
            assertTrue(reason.contains("method 'post'"), reason);
            // The refusal concerns that actor only: the connection stays open for others.
            peer.bind(2, "ledger");
            peer.expect(RawPeer.BIND_FAILED);
        }
    }
}
