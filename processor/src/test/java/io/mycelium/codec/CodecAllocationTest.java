package io.mycelium.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import io.mycelium.internal.wire.WireOut;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Decoding a primitive-only message straight into its handler allocates nothing, once warm. */
class CodecAllocationTest {
    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 100_000;

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Sums what it receives into primitive fields. */
    static final class TickSink implements Trading {
        long instruments;
        double prices;
        long sizes;
        int lasts;

        @Override
        public void tick(long instrument, double price, int size, boolean last) {
            instruments += instrument;
            prices += price;
            sizes += size;
            lasts += last ? 1 : 0;
        }

        @Override
        public void place(Order order) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void publish(Book book) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Order> lookup(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<Long> depth(Side side) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void decodeAndDispatchOfAPrimitiveOnlyMessageAllocatesZeroBytes() {
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        for (ByteBuffer frame : new ByteBuffer[] {tick(ByteBuffer.allocate(64)), tick(ByteBuffer.allocateDirect(64))}) {
            TickSink sink = new TickSink();
            decode(frame, sink, WARM_UP);
            long allocated = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5 && allocated != 0; attempt++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                decode(frame, sink, MEASURED);
                allocated = threads.getCurrentThreadAllocatedBytes() - before;
            }
            assertEquals(0, allocated, (frame.isDirect() ? "direct" : "heap") + " buffer: bytes allocated by "
                    + MEASURED + " decodes");
            assertEquals(7L * sink.lasts, sink.instruments, "every call received the decoded arguments");
            assertEquals(10L * sink.lasts, sink.sizes);
        }
    }

    @Test
    void encodingIntoAReusedWriterAllocatesZeroBytes() {
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        WireOut out = WireOut.allocateDirect(256);
        TradingProtocol.Tick tick = new TradingProtocol.Tick(7, 1.5, 10, true);
        TradingProtocol.Place place = new TradingProtocol.Place(new Order(1, "ACME", Side.BUY, 100, 5));
        encode(out, tick, place, WARM_UP);
        long allocated = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5 && allocated != 0; attempt++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            encode(out, tick, place, MEASURED);
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        assertEquals(0, allocated, "bytes allocated by " + MEASURED + " encodes of a tick and an order");
    }

    private static ByteBuffer tick(ByteBuffer buffer) {
        WireOut out = new WireOut(buffer);
        TradingCodec.DEFAULT.encode(new TradingProtocol.Tick(7, 1.5, 10, true), out);
        return out.buffer().flip();
    }

    private static void decode(ByteBuffer frame, TickSink sink, int times) {
        for (int i = 0; i < times; i++) {
            frame.position(0);
            TradingCodec.DEFAULT.decodeAndDispatch(TradingCodec.TICK, frame, sink, null);
        }
    }

    private static void encode(WireOut out, TradingProtocol tick, TradingProtocol place, int times) {
        for (int i = 0; i < times; i++) {
            out.clear();
            TradingCodec.DEFAULT.encode(tick, out);
            TradingCodec.DEFAULT.encode(place, out);
        }
    }
}
