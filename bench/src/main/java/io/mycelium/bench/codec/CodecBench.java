package io.mycelium.bench.codec;

import io.mycelium.internal.wire.WireOut;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated codec beside a hand-written {@link ByteBuffer} codec, on direct buffers (the
 * socket path): a five-field order, and a record holding a list of ten nested records. Encode
 * writes into a reused buffer; decode reads into a record ({@code decode}) or straight into the
 * handler call ({@code dispatch}). Run with {@code -prof gc} for bytes per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBench {
    private final FeedProtocol.Place place = new FeedProtocol.Place(
            new Order(123_456_789L, "ACME", Side.SELL, 1_234_500L, 300));
    private FeedProtocol.Publish publish;

    private final WireOut out = WireOut.allocateDirect(4096);
    private final ByteBuffer handOut = ByteBuffer.allocateDirect(4096).order(ByteOrder.LITTLE_ENDIAN);
    private ByteBuffer orderFrame;
    private ByteBuffer handOrderFrame;
    private ByteBuffer bookFrame;
    private ByteBuffer handBookFrame;
    private final LastMessage actor = new LastMessage();

    /** The handler the dispatch benchmarks call: keeps the last argument so it is not dead code. */
    static final class LastMessage implements Feed {
        Object last;

        @Override
        public void place(Order order) {
            last = order;
        }

        @Override
        public void publish(Book book) {
            last = book;
        }
    }

    @Setup
    public void frames() {
        List<Level> bids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bids.add(new Level(1_000_000L - i * 25, 100 + i));
        }
        publish = new FeedProtocol.Publish(new Book("XLON", 42L, List.copyOf(bids)));
        orderFrame = frame(place);
        bookFrame = frame(publish);
        handOrderFrame = ByteBuffer.allocateDirect(256).order(ByteOrder.LITTLE_ENDIAN);
        HandCodec.writeOrder(handOrderFrame, place.order());
        handOrderFrame.flip();
        handBookFrame = ByteBuffer.allocateDirect(512).order(ByteOrder.LITTLE_ENDIAN);
        HandCodec.writeBook(handBookFrame, publish.book());
        handBookFrame.flip();
    }

    private static ByteBuffer frame(Object message) {
        WireOut writer = WireOut.allocateDirect(512);
        FeedCodec.DEFAULT.encode(message, writer);
        return writer.buffer().flip();
    }

    @Benchmark
    public int orderEncodeGenerated() {
        out.clear();
        return FeedCodec.DEFAULT.encode(place, out);
    }

    @Benchmark
    public int orderEncodeHand() {
        handOut.clear();
        HandCodec.writeOrder(handOut, place.order());
        return handOut.position();
    }

    @Benchmark
    public Object orderDecodeGenerated() {
        orderFrame.position(0);
        return FeedCodec.DEFAULT.decode(FeedCodec.PLACE, orderFrame, null);
    }

    @Benchmark
    public Object orderDispatchGenerated() {
        orderFrame.position(0);
        FeedCodec.DEFAULT.decodeAndDispatch(FeedCodec.PLACE, orderFrame, actor, null);
        return actor.last;
    }

    @Benchmark
    public Object orderDecodeHand() {
        handOrderFrame.position(0);
        return HandCodec.readOrder(handOrderFrame);
    }

    @Benchmark
    public int bookEncodeGenerated() {
        out.clear();
        return FeedCodec.DEFAULT.encode(publish, out);
    }

    @Benchmark
    public int bookEncodeHand() {
        handOut.clear();
        HandCodec.writeBook(handOut, publish.book());
        return handOut.position();
    }

    @Benchmark
    public Object bookDecodeGenerated() {
        bookFrame.position(0);
        return FeedCodec.DEFAULT.decode(FeedCodec.PUBLISH, bookFrame, null);
    }

    @Benchmark
    public Object bookDispatchGenerated() {
        bookFrame.position(0);
        FeedCodec.DEFAULT.decodeAndDispatch(FeedCodec.PUBLISH, bookFrame, actor, null);
        return actor.last;
    }

    @Benchmark
    public Object bookDecodeHand() {
        handBookFrame.position(0);
        return HandCodec.readBook(handBookFrame);
    }
}
