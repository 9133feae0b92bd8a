package io.mycelium.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.ConnectionLostException;
import io.mycelium.MyceliumException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote lookup succeeds only for a live, exported actor of the right interface. */
class RemoteLookupTest {
    @TempDir
    static Path dir;
    static NodeProcess node;
    static ActorSystem client;

    @BeforeAll
    static void start() throws Exception {
        node = NodeProcess.start(Transports.listen("tcp", dir));
        client = ActorSystem.builder("lookup-client").connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        node.close();
    }

    @Test
    void anUnknownNameIsNotFound() {
        ActorNotFoundException e = assertThrows(ActorNotFoundException.class,
                () -> client.lookup(Ledger.class, node.address(0) + "/nobody"));
        assertEquals("node 'ledger-node' has no exported actor named 'nobody'", e.getMessage());
    }

    @Test
    void anActorThatIsNotExportedCannotBeLookedUp() {
        ActorNotFoundException e = assertThrows(ActorNotFoundException.class,
                () -> client.lookup(Ledger.class, node.address(0) + "/secret"));
        assertEquals("node 'ledger-node' has no exported actor named 'secret'", e.getMessage());
    }

    @Test
    void theInterfaceMustMatch() {
        ActorNotFoundException e = assertThrows(ActorNotFoundException.class,
                () -> client.lookup(Ledger.class, node.address(0) + "/watcher"));
        assertEquals("actor 'watcher' on node 'ledger-node' implements " + LedgerWatcher.class.getName()
                + ", not " + Ledger.class.getName(), e.getMessage());
    }

    @Test
    void nothingListeningIsAConnectionError() {
        ConnectionLostException e = assertThrows(ConnectionLostException.class,
                () -> client.lookup(Ledger.class, "unix:" + dir.resolve("none.sock") + "/ledger"));
        assertTrue(e.getMessage().startsWith("no connection to unix:" + dir.resolve("none.sock")
                + ": cannot connect"), e.getMessage());
    }

    @Test
    void malformedAddressesAreRejectedWithTheRightForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.lookup(Ledger.class, "tcp://127.0.0.1/ledger"));
        assertTrue(e.getMessage().contains("tcp://host:port"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.lookup(Ledger.class, "tcp://127.0.0.1:7000"));
        assertThrows(IllegalArgumentException.class, () -> client.lookup(Ledger.class, "unix:relative/x.sock/a"));
    }

    @Test
    void localOnlyProtocolsCannotBeLookedUpRemotely() {
        MyceliumException e = assertThrows(MyceliumException.class,
                () -> client.lookup(io.mycelium.codec.LocalOnly.class, node.address(0) + "/ledger"));
        assertTrue(e.getMessage().contains("@Actor(local = true)"), e.getMessage());
    }

    @Test
    void lookingUpOnEveryCallSharesOneBindingInsteadOfExhaustingHandles() throws Exception {
        // More lookups than a connection has handles: each returns a proxy over the same endpoint.
        for (int i = 0; i < 70_000; i++) {
            client.lookup(Ledger.class, node.address(0) + "/ledger").post("repeat", 1);
        }
        assertEquals(70_000L, client.lookup(Ledger.class, node.address(0) + "/ledger").countFrom("repeat")
                .toCompletableFuture().get(30, TimeUnit.SECONDS));
    }

    @Test
    void lookupsShareOneConnectionAndKeepWorking() throws Exception {
        Ledger a = client.lookup(Ledger.class, node.address(0) + "/ledger");
        Ledger b = client.lookup(Ledger.class, node.address(0) + "/ledger");
        a.post("shared", 1);
        b.post("shared", 2);
        assertEquals(2L, b.countFrom("shared").toCompletableFuture().get(10, TimeUnit.SECONDS));
    }
}
