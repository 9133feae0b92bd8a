package io.mycelium.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mycelium.internal.MessageInfo;
import io.mycelium.internal.wire.WireOut;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wire format of {@link Trading}, byte for byte. If one of these fails, the format changed:
 * peers running the previous version can no longer decode this one. Change the expectation only
 * together with a deliberate, documented format change.
 */
class GoldenBytesTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String encode(TradingProtocol message) {
        WireOut out = WireOut.allocate(8);
        TradingCodec.DEFAULT.encode(message, out);
        return HEX.formatHex(out.toByteArray());
    }

    @Test
    void anOrder() {
        String bytes = encode(new TradingProtocol.Place(new Order(42, "ACME", Side.SELL, 1_234_500, 300)));
        assertEquals("01"                     // Order present
                + "2a00000000000000"           // id 42
                + "04000000" + "41434d45"      // symbol: 4 UTF-8 bytes, "ACME"
                + "01000000"                   // side: ordinal 1 (SELL)
                + "44d6120000000000"           // priceTicks 1234500
                + "2c010000",                  // quantity 300
                bytes);
        assertDecodes(TradingCodec.PLACE, bytes);
    }

    @Test
    void aPrimitiveOnlyTick() {
        String bytes = encode(new TradingProtocol.Tick(7, 1.5, -1, true));
        assertEquals("0700000000000000" + "000000000000f83f" + "ffffffff" + "01", bytes);
        assertDecodes(TradingCodec.TICK, bytes);
    }

    @Test
    void aBookWithNullsUnicodeAndLists() {
        String bytes = encode(new TradingProtocol.Publish(new Book("Zürich",
                Instant.ofEpochSecond(1_700_000_000L, 5), List.of(new Level(100, 2)), null)));
        assertEquals("01"                                   // Book present
                + "07000000" + "5ac3bc72696368"              // venue "Zürich": ü is 2 bytes
                + "01" + "00f1536500000000" + "05000000"     // asOf: present, seconds, nanos
                + "01000000"                                 // bids: 1 element
                + "01" + "6400000000000000" + "02000000"     //   Level(100, 2)
                + "ffffffff",                                // asks: null
                bytes);
        assertDecodes(TradingCodec.PUBLISH, bytes);
    }

    @Test
    void idsAndSchemasOfTheProtocol() {
        List<MessageInfo> messages = new TradingDescriptor().messages();
        assertEquals(List.of(
                new MessageInfo(1, "place", false, "place(io.mycelium.codec.Order)",
                        "(record Order(long id,String symbol,enum Side{BUY,SELL} side,long priceTicks,int quantity))->void",
                        0L),
                new MessageInfo(2, "tick", false, "tick(long,double,int,boolean)",
                        "(long,double,int,boolean)->void", 0L),
                new MessageInfo(3, "publish", false, "publish(io.mycelium.codec.Book)",
                        "(record Book(String venue,Instant asOf,List<record Level(long price,int quantity)> bids,"
                                + "List<record Level(long price,int quantity)> asks))->void", 0L),
                new MessageInfo(4, "lookup", true, "lookup(long)",
                        "(long)->record Order(long id,String symbol,enum Side{BUY,SELL} side,long priceTicks,int quantity)",
                        0L),
                new MessageInfo(5, "depth", true, "depth(io.mycelium.codec.Side)",
                        "(enum Side{BUY,SELL})->Long", 0L)),
                messages.stream().map(m -> new MessageInfo(m.id(), m.name(), m.ask(), m.signature(), m.schema(), 0L))
                        .toList());
        // FNV-1a 64 of each schema text, and of "id:name:hash;" over all messages sorted by id.
        assertEquals(List.of(0xa6648aa0db23ca43L, 0xb48fc4e144185a5bL, 0x3c3bf400fa18c7a4L, 0xccc62a11d49e6d03L,
                0xdc4fa90d76325b1dL), messages.stream().map(MessageInfo::schemaHash).toList());
        assertEquals(0xa327c5f3df447553L, new TradingDescriptor().fingerprint());
    }

    private static void assertDecodes(int id, String hex) {
        Object decoded = TradingCodec.DEFAULT.decode(id, ByteBuffer.wrap(HEX.parseHex(hex)), null);
        assertEquals(hex, encode((TradingProtocol) decoded), "decodes to the message it came from");
    }
}
