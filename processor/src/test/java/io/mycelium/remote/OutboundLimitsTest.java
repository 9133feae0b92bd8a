package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mycelium.ActorSystem;
import io.mycelium.CodecException;
import io.mycelium.MailboxFullException;
import io.mycelium.OverflowPolicy;
import io.mycelium.internal.MessageInfo;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A peer that stops reading: the connection's outbound buffer fills, and its overflow policy
 * applies, like a full mailbox's. Nothing is buffered without bound.
 */
class OutboundLimitsTest {
    private static final String BIG = "x".repeat(4096);

    @TempDir
    Path dir;
    private ServerSocketChannel server;
    private CompletableFuture<RawPeer> stalled;

    /** A hand-made node that completes the handshake, confirms one bind, then never reads again. */
    @BeforeEach
    void startStalledNode() throws Exception {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("stalled.sock")));
        stalled = CompletableFuture.supplyAsync(() -> {
            try {
                RawPeer peer = RawPeer.accepted(server.accept());
                peer.expect(RawPeer.HELLO);
                peer.hello(MessageInfo::schemaHash);
                ByteBuffer bind = peer.expect(RawPeer.BIND);
                int handle = bind.getInt();
                peer.frame(RawPeer.BOUND, out -> out.writeInt(handle));
                return peer;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (stalled.isDone() && !stalled.isCompletedExceptionally()) {
            stalled.get().close();
        }
        server.close();
    }

    private Ledger lookup(ActorSystem client) {
        return client.lookup(Ledger.class, "unix:" + dir.resolve("stalled.sock") + "/ledger");
    }

    @Test
    void failFastRefusesTellsOnceTheBufferIsFull() {
        try (ActorSystem client = ActorSystem.builder("fail-fast")
                .outboundBuffer(64 * 1024, OverflowPolicy.failFast()).build()) {
            Ledger ledger = lookup(client);
            for (int i = 0; i < 100_000; i++) {
                try {
                    ledger.post(BIG, i);
                } catch (MailboxFullException e) {
                    assertTrue(e.getMessage().contains("bytes waiting to be written"), e.getMessage());
                    assertEquals("ledger", e.actorName());
                    return;
                }
            }
            fail("100,000 tells of 4 KiB were all accepted by a peer that does not read");
        }
    }

    @Test
    void blockWaitsThenRefuses() {
        try (ActorSystem client = ActorSystem.builder("block")
                .outboundBuffer(64 * 1024, OverflowPolicy.block(Duration.ofMillis(50))).build()) {
            Ledger ledger = lookup(client);
            for (int i = 0; i < 100_000; i++) {
                try {
                    ledger.post(BIG, i);
                } catch (MailboxFullException e) {
                    assertTrue(e.getMessage().contains("no room within 50 ms"), e.getMessage());
                    return;
                }
            }
            fail("100,000 tells of 4 KiB were all accepted by a peer that does not read");
        }
    }

    @Test
    void dropCountsDeadLettersAndFailsAsks() throws Exception {
        try (ActorSystem client = ActorSystem.builder("drop")
                .outboundBuffer(64 * 1024, OverflowPolicy.drop()).build()) {
            Ledger ledger = lookup(client);
            for (int i = 0; i < 100_000 && client.deadLetters() == 0; i++) {
                ledger.post(BIG, i);
            }
            assertTrue(client.deadLetters() > 0, "tells beyond the buffer are dead letters");
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof MailboxFullException, e.getCause().toString());
        }
    }

    @Test
    void aMessageLargerThanThePeerAcceptsIsRefusedAndTheConnectionCarriesOn() throws Exception {
        try (ActorSystem client = ActorSystem.create("large")) {
            Ledger ledger = lookup(client);
            RawPeer peer = stalled.get(10, TimeUnit.SECONDS);
            // The hand-made node announced frames of at most 1 MiB.
            CodecException e = assertThrows(CodecException.class, () -> ledger.post("y".repeat(2 << 20), 1));
            assertTrue(e.getMessage().contains("exceeds the largest frame"), e.getMessage());
            ledger.post("small", 7);
            ByteBuffer tell = peer.expect(RawPeer.TELL);
            tell.getInt();
            assertEquals(LedgerCodec.POST, tell.getInt());
        }
    }
}
