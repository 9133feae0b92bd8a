package io.mycelium.bench.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline: what a developer writes by hand over a little-endian {@link ByteBuffer}, same
 * layout as the generated codec (minus presence bytes), relying on the buffer's own bounds checks
 * and {@code String.getBytes} / {@code new String}.
 */
final class HandCodec {
    private static final Side[] SIDES = Side.values();

    private HandCodec() {
    }

    static void writeOrder(ByteBuffer out, Order order) {
        out.putLong(order.id());
        writeString(out, order.symbol());
        out.putInt(order.side().ordinal());
        out.putLong(order.priceTicks());
        out.putInt(order.quantity());
    }

    static Order readOrder(ByteBuffer in) {
        return new Order(in.getLong(), readString(in), SIDES[in.getInt()], in.getLong(), in.getInt());
    }

    static void writeBook(ByteBuffer out, Book book) {
        writeString(out, book.venue());
        out.putLong(book.sequence());
        out.putInt(book.bids().size());
        for (Level level : book.bids()) {
            out.putLong(level.price());
            out.putInt(level.quantity());
        }
    }

    static Book readBook(ByteBuffer in) {
        String venue = readString(in);
        long sequence = in.getLong();
        int count = in.getInt();
        List<Level> bids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bids.add(new Level(in.getLong(), in.getInt()));
        }
        return new Book(venue, sequence, bids);
    }

    private static void writeString(ByteBuffer out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length);
        out.put(bytes);
    }

    private static String readString(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
