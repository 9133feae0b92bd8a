package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorSystem;
import io.mycelium.MyceliumException;
import io.mycelium.SpawnOptions;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node exposes when it listens, and what it refuses to do. */
class ListenSafetyTest {
    @TempDir
    Path dir;

    @Test
    void unixSocketsAreOwnerOnly() throws Exception {
        Path socket = dir.resolve("node.sock");
        try (ActorSystem node = ActorSystem.builder("owner-only").listen("unix:" + socket).build()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
            assertEquals(java.util.List.of("unix:" + socket), node.listenAddresses());
        }
        assertTrue(Files.notExists(socket), "the socket file is removed on close");
    }

    @Test
    void aStaleSocketFileIsReplacedButALiveOneIsNot() throws Exception {
        Path socket = dir.resolve("node.sock");
        try (ServerSocketChannel other = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            other.bind(UnixDomainSocketAddress.of(socket));
            MyceliumException inUse = assertThrows(MyceliumException.class,
                    () -> ActorSystem.builder("second").listen("unix:" + socket).build());
            assertTrue(inUse.getMessage().contains("in use by a running node"), inUse.getMessage());
        }
        assertTrue(Files.exists(socket), "a closed channel leaves its socket file behind");
        try (ActorSystem node = ActorSystem.builder("replacer").listen("unix:" + socket).build();
             ActorSystem client = ActorSystem.create("client")) {
            node.spawn(Ledger.class, "ledger", LedgerImpl::new, SpawnOptions.defaults().exported());
            Ledger ledger = client.lookup(Ledger.class, "unix:" + socket + "/ledger");
            assertEquals(0L, ledger.total().toCompletableFuture().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void tcpRefusesNonLoopbackAddressesUnlessAllowed() {
        MyceliumException refused = assertThrows(MyceliumException.class,
                () -> ActorSystem.builder("exposed").listen("tcp://0.0.0.0:0").build());
        assertTrue(refused.getMessage().startsWith("refusing to listen on tcp://0.0.0.0:0: it is not a"
                + " loopback address"), refused.getMessage());
        assertTrue(refused.getMessage().contains("allowNonLoopback()"), refused.getMessage());
        try (ActorSystem allowed = ActorSystem.builder("allowed").allowNonLoopback()
                .listen("tcp://0.0.0.0:0").build()) {
            assertTrue(allowed.listenAddresses().get(0).startsWith("tcp://0.0.0.0:"));
        }
    }

    @Test
    void badListenAddressesAreRejectedAtTheBuilder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActorSystem.builder("bad").listen("http://localhost:80"));
        assertEquals("invalid address 'http://localhost:80': use unix:/path/to/node.sock or tcp://host:port",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActorSystem.builder("bad").listen("tcp://localhost:99999"));
        assertThrows(IllegalArgumentException.class, () -> ActorSystem.builder("bad").listen("unix:node.sock"));
    }

    @Test
    void aSocketInAMissingDirectoryFailsWithTheReason() {
        MyceliumException e = assertThrows(MyceliumException.class, () -> ActorSystem.builder("nodir")
                .listen("unix:" + dir.resolve("missing/node.sock")).build());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aPeerThatNeverSendsItsHandshakeIsDisconnected() throws Exception {
        Path socket = dir.resolve("node.sock");
        try (ActorSystem node = ActorSystem.builder("impatient").listen("unix:" + socket)
                .connectTimeout(Duration.ofMillis(300)).build();
             RawPeer silent = RawPeer.connect("unix:" + socket)) {
            silent.expect(RawPeer.HELLO); // the node speaks first, then waits for ours
            assertTrue(silent.closedByNode());
            assertEquals(1, node.listenAddresses().size());
        }
    }

    @Test
    void localOnlyActorsCannotBeExported() {
        try (ActorSystem node = ActorSystem.create("local-only")) {
            MyceliumException e = assertThrows(MyceliumException.class, () -> node.spawn(
                    io.mycelium.codec.LocalOnly.class, "x", () -> null, SpawnOptions.defaults().exported()));
            assertTrue(e.getMessage().contains("@Actor(local = true)"), e.getMessage());
        }
    }
}
