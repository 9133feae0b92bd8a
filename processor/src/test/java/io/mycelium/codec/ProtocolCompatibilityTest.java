package io.mycelium.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.MyceliumException;
import io.mycelium.codec.v1.QuotesDescriptor;
import io.mycelium.internal.MessageInfo;
import io.mycelium.internal.wire.ProtocolCompatibility;
import io.mycelium.internal.wire.ProtocolCompatibility.PeerMessage;
import io.mycelium.internal.wire.ProtocolCompatibility.Report;
import io.mycelium.internal.wire.ProtocolCompatibility.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one protocol ({@code v1.Quotes}, {@code v2.Quotes}) compared as peers do at a
 * handshake: v2 changed a record, reordered an enum, renamed a method under a fixed id and added
 * a method.
 */
class ProtocolCompatibilityTest {
    private final QuotesDescriptor v1 = new QuotesDescriptor();
    private final io.mycelium.codec.v2.QuotesDescriptor v2 = new io.mycelium.codec.v2.QuotesDescriptor();

    @Test
    void aProtocolIsIdenticalToItself() {
        Report report = ProtocolCompatibility.compare(v1, PeerMessage.of(v1));
        assertTrue(report.identical());
        assertEquals("protocol Quotes: every message is compatible with the peer", report.describe());
    }

    @Test
    void eachMessageComparesOnItsOwn() {
        Report report = ProtocolCompatibility.compare(v2, PeerMessage.of(v1));
        int reset = id(v2.messages(), "reset");
        int halt = id(v2.messages(), "halt");

        assertEquals(Status.SCHEMA_DIFFERS, report.status(1), "quote: Quote gained a component");
        assertEquals(Status.COMPATIBLE, report.status(2), "size is count renamed under @MessageId(2)");
        assertEquals(Status.COMPATIBLE, report.status(reset), "unchanged");
        assertEquals(Status.SCHEMA_DIFFERS, report.status(3), "route: Venue's constants were reordered");
        assertEquals(Status.MISSING_ON_PEER, report.status(halt), "added in v2");
        assertFalse(report.compatible());
        assertFalse(report.identical());

        assertEquals(List.of(
                "protocol Quotes, method 'quote' (id 1): parameter or reply types differ from the peer's 'quote'"
                        + " (here (record Quote(String symbol,long price,int size))->void, schema hash "
                        + hash(v2.messages(), 1) + "; peer's schema hash " + hash(v1.messages(), 1) + ")",
                "protocol Quotes, method 'size' (id 2): compatible; the peer calls it 'count'",
                "protocol Quotes, method 'route' (id 3): parameter or reply types differ from the peer's 'route'"
                        + " (here (enum Venue{XETRA,LSE})->void, schema hash " + hash(v2.messages(), 3)
                        + "; peer's schema hash " + hash(v1.messages(), 3) + ")",
                "protocol Quotes, method 'halt' (id " + halt + "): the peer does not have this message"),
                report.results().stream().map(ProtocolCompatibility.Result::detail).filter(d -> !d.isEmpty()).toList());

        MyceliumException refused = assertThrows(MyceliumException.class, report::requireCompatible);
        assertTrue(refused.getMessage().startsWith("protocol Quotes differs from the peer's:\n"
                + "protocol Quotes, method 'quote' (id 1)"), refused.getMessage());
    }

    @Test
    void addingAMethodKeepsEveryOtherMessageCompatible() {
        List<PeerMessage> older = PeerMessage.of(v2).stream().filter(m -> !m.name().equals("halt")).toList();
        Report report = ProtocolCompatibility.compare(v2, older);
        assertTrue(report.compatible(), report.describe());
        assertEquals(List.of(Status.MISSING_ON_PEER), report.problems().stream().map(ProtocolCompatibility.Result::status).toList());

        Report seenFromTheOlderPeer = ProtocolCompatibility.compare("Quotes",
                v2.messages().stream().filter(m -> !m.name().equals("halt")).toList(), PeerMessage.of(v2));
        assertEquals(Status.MISSING_LOCALLY, seenFromTheOlderPeer.status(id(v2.messages(), "halt")));
        assertTrue(seenFromTheOlderPeer.compatible());
    }

    @Test
    void aChangedSignatureWithoutAFixedIdIsNamedInTheReport() {
        List<PeerMessage> peer = List.of(new PeerMessage(12345, "reset", 42L));
        Report report = ProtocolCompatibility.compare(v1, peer);
        int reset = id(v1.messages(), "reset");
        assertEquals(Status.MISSING_ON_PEER, report.status(reset));
        assertEquals(Status.MISSING_LOCALLY, report.status(12345));
        assertTrue(report.describe().contains("protocol Quotes, method 'reset' (id " + reset + "): the peer does not"
                + " have this message; the peer has a 'reset' with id 12345, so its parameter types or @MessageId"
                + " differ"), report.describe());
    }

    @Test
    void fingerprintsDifferWhenAnyMessageDiffers() {
        assertNotEquals(v1.fingerprint(), v2.fingerprint());
        assertEquals(v1.fingerprint(), new QuotesDescriptor().fingerprint());
    }

    private static int id(List<MessageInfo> messages, String name) {
        return messages.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String hash(List<MessageInfo> messages, int id) {
        return "0x" + Long.toHexString(messages.stream().filter(m -> m.id() == id).findFirst().orElseThrow()
                .schemaHash());
    }
}
