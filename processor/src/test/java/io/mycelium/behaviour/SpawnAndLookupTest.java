package io.mycelium.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.ActorNameInUseException;
import io.mycelium.ActorNotFoundException;
import io.mycelium.ActorSystem;
import io.mycelium.ConnectionLostException;
import io.mycelium.MyceliumException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpawnAndLookupTest {
    private final ActorSystem system = ActorSystem.create("registry");

    /** Not annotated with @Actor: no generated code exists for it. */
    interface Plain {
        void run();
    }

    @AfterEach
    void close() {
        system.close();
    }

    @Test
    void lookupByNameAndLocalAddressReturnsTheSameReference() {
        Counter spawned = system.spawn(Counter.class, "book-1", CounterImpl::new);
        assertSame(spawned, system.lookup(Counter.class, "book-1"));
        assertSame(spawned, system.lookup(Counter.class, "local:book-1"));
    }

    @Test
    void lookupOfAnUnknownNameOrTheWrongInterfaceFailsClearly() {
        system.spawn(Counter.class, "book-1", CounterImpl::new);
        assertEquals("actor system 'registry' has no actor named 'nobody'",
                assertThrows(ActorNotFoundException.class, () -> system.lookup(Counter.class, "nobody")).getMessage());
        assertEquals("actor 'book-1' in system 'registry' implements io.mycelium.behaviour.Counter, not"
                        + " io.mycelium.behaviour.Aggregator",
                assertThrows(ActorNotFoundException.class, () -> system.lookup(Aggregator.class, "book-1"))
                        .getMessage());
    }

    @Test
    void aRemoteLookupOfANodeNobodyListensOnSaysWhichNode() throws IOException {
        int closedPort;
        // A port that was free a moment ago: nothing listens there, whatever else runs here.
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String node = "tcp://127.0.0.1:" + closedPort;
        ConnectionLostException refused = assertThrows(ConnectionLostException.class,
                () -> system.lookup(Counter.class, node + "/book-1"));
        assertEquals(node, refused.address());
        assertTrue(refused.getMessage().startsWith("no connection to " + node + ": "), refused.getMessage());
    }

    @Test
    void aNameIsUniqueWhileItsActorLives() {
        system.spawn(Counter.class, "book-1", CounterImpl::new);
        assertEquals("actor system 'registry' already has an actor named 'book-1'; stop it first or choose another name",
                assertThrows(ActorNameInUseException.class,
                        () -> system.spawn(Counter.class, "book-1", CounterImpl::new)).getMessage());
    }

    @Test
    void badNamesFactoriesAndInterfacesAreRefusedWithTheReason() {
        assertEquals("invalid actor name 'a/b': use 1-255 letters, digits, '_', '.' or '-', not starting with"
                        + " '.' or '-'",
                assertThrows(IllegalArgumentException.class,
                        () -> system.spawn(Counter.class, "a/b", CounterImpl::new)).getMessage());
        assertEquals("the factory of actor 'x' returned null",
                assertThrows(NullPointerException.class,
                        () -> system.spawn(Counter.class, "x", () -> null)).getMessage());
        assertEquals("no generated actor descriptor for io.mycelium.behaviour.SpawnAndLookupTest$Plain: annotate it"
                        + " with @io.mycelium.annotation.Actor and put mycelium-processor on the annotation processor"
                        + " path of the module that declares it",
                assertThrows(MyceliumException.class,
                        () -> system.spawn(Plain.class, "plain", () -> () -> { })).getMessage());
        Counter existing = system.spawn(Counter.class, "real", CounterImpl::new);
        assertEquals("the factory of actor 'copy' returned an actor reference; it must return a new"
                        + " implementation instance",
                assertThrows(IllegalArgumentException.class,
                        () -> system.spawn(Counter.class, "copy", () -> existing)).getMessage());
    }
}
