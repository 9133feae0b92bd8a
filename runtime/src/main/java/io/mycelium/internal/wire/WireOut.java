package io.mycelium.internal.wire;

import io.mycelium.CodecException;
import io.mycelium.RemoteFailureException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where generated codecs write: a little-endian {@link ByteBuffer} (heap or direct) that grows,
 * up to {@link WireLimits#maxBytes()}, when a message does not fit. Writing starts at the
 * buffer's position, so a transport may write its frame header first and fill in the length
 * after the body. Reuse one instance per connection: nothing is allocated while the buffer is
 * large enough.
 *
 * <p>Reference values are null-aware: strings, arrays and collections encode {@code null} as
 * length {@code -1}; every other reference type is preceded by a presence byte (0 or 1).
 */
public final class WireOut {
    private static final int MIN_GROWTH = 256;

    private ByteBuffer buffer;
    private final int maxBytes;

    /** Writes into {@code buffer} (its order is set to little-endian), growing up to 16 MiB. */
    public WireOut(ByteBuffer buffer) {
        this(buffer, WireLimits.DEFAULT);
    }

    /** Writes into {@code buffer} (its order is set to little-endian), growing up to {@code limits}. */
    public WireOut(ByteBuffer buffer, WireLimits limits) {
        this.buffer = buffer.order(ByteOrder.LITTLE_ENDIAN);
        this.maxBytes = limits.maxBytes();
    }

    /** A writer over a new heap buffer of {@code capacity} bytes. */
    public static WireOut allocate(int capacity) {
        return new WireOut(ByteBuffer.allocate(capacity));
    }

    /** A writer over a new direct buffer of {@code capacity} bytes (for socket I/O). */
    public static WireOut allocateDirect(int capacity) {
        return new WireOut(ByteBuffer.allocateDirect(capacity));
    }

    /**
     * The buffer written so far: the bytes up to its {@link ByteBuffer#position() position}. It
     * is replaced by a larger one when the writer grows, so fetch it after writing.
     */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** The index of the next byte written. */
    public int position() {
        return buffer.position();
    }

    /** Forgets everything written: the next write starts at index 0. */
    public WireOut clear() {
        buffer.clear();
        return this;
    }

    /** A copy of the bytes written so far (for tests and diagnostics). */
    public byte[] toByteArray() {
        byte[] bytes = new byte[buffer.position()];
        buffer.get(0, bytes);
        return bytes;
    }

    // ---- primitives ---------------------------------------------------------------------------

    public void writeBoolean(boolean value) {
        ensure(1);
        buffer.put(value ? (byte) 1 : (byte) 0);
    }

    public void writeByte(byte value) {
        ensure(1);
        buffer.put(value);
    }

    public void writeShort(short value) {
        ensure(2);
        buffer.putShort(value);
    }

    public void writeChar(char value) {
        ensure(2);
        buffer.putChar(value);
    }

    public void writeInt(int value) {
        ensure(4);
        buffer.putInt(value);
    }

    public void writeLong(long value) {
        ensure(8);
        buffer.putLong(value);
    }

    public void writeFloat(float value) {
        ensure(4);
        buffer.putFloat(value);
    }

    public void writeDouble(double value) {
        ensure(8);
        buffer.putDouble(value);
    }

    // ---- presence, counts, boxes ----------------------------------------------------------------

    /** Writes the presence byte of a nullable value; returns whether the value itself follows. */
    public boolean writePresence(Object value) {
        writeBoolean(value != null);
        return value != null;
    }

    /** Writes the element count of a collection, map or array; {@code -1} stands for null. */
    public void writeCount(int count) {
        writeInt(count);
    }

    public void writeBoxedBoolean(Boolean value) {
        if (writePresence(value)) {
            writeBoolean(value);
        }
    }

    public void writeBoxedByte(Byte value) {
        if (writePresence(value)) {
            writeByte(value);
        }
    }

    public void writeBoxedShort(Short value) {
        if (writePresence(value)) {
            writeShort(value);
        }
    }

    public void writeBoxedChar(Character value) {
        if (writePresence(value)) {
            writeChar(value);
        }
    }

    public void writeBoxedInt(Integer value) {
        if (writePresence(value)) {
            writeInt(value);
        }
    }

    public void writeBoxedLong(Long value) {
        if (writePresence(value)) {
            writeLong(value);
        }
    }

    public void writeBoxedFloat(Float value) {
        if (writePresence(value)) {
            writeFloat(value);
        }
    }

    public void writeBoxedDouble(Double value) {
        if (writePresence(value)) {
            writeDouble(value);
        }
    }

    // ---- strings --------------------------------------------------------------------------------

    /**
     * Writes a string as its UTF-8 length (int, {@code -1} for null) and bytes. An unpaired
     * surrogate is written as {@code '?'}, as {@link String#getBytes(java.nio.charset.Charset)}
     * does.
     */
    public void writeString(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        int chars = value.length();
        long worstCase = 4L + 3L * chars;
        ensure(worstCase <= buffer.remaining() ? worstCase : 4L + Utf8.length(value));
        int start = buffer.position();
        int end;
        if (buffer.hasArray()) {
            int base = buffer.arrayOffset();
            end = Utf8.encode(value, buffer.array(), base + start + 4) - base;
        } else {
            end = Utf8.encode(value, buffer, start + 4);
        }
        buffer.putInt(start, end - start - 4);
        buffer.position(end);
    }

    // ---- arrays ---------------------------------------------------------------------------------

    public void writeBooleanArray(boolean[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(value.length);
        for (boolean element : value) {
            buffer.put(element ? (byte) 1 : (byte) 0);
        }
    }

    public void writeByteArray(byte[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(value.length);
        buffer.put(value);
    }

    public void writeShortArray(short[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(2L * value.length);
        for (short element : value) {
            buffer.putShort(element);
        }
    }

    public void writeCharArray(char[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(2L * value.length);
        for (char element : value) {
            buffer.putChar(element);
        }
    }

    public void writeIntArray(int[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(4L * value.length);
        for (int element : value) {
            buffer.putInt(element);
        }
    }

    public void writeLongArray(long[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(8L * value.length);
        for (long element : value) {
            buffer.putLong(element);
        }
    }

    public void writeFloatArray(float[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(4L * value.length);
        for (float element : value) {
            buffer.putFloat(element);
        }
    }

    public void writeDoubleArray(double[] value) {
        if (value == null) {
            writeCount(-1);
            return;
        }
        writeCount(value.length);
        ensure(8L * value.length);
        for (double element : value) {
            buffer.putDouble(element);
        }
    }

    // ---- enums, time, ids, numbers, actors -------------------------------------------------------

    /** Writes an enum constant as its ordinal (int, {@code -1} for null). */
    public void writeEnum(Enum<?> value) {
        writeInt(value == null ? -1 : value.ordinal());
    }

    /** A {@code Void} reply: only its absence is written. */
    public void writeVoid(Void value) {
        writePresence(value);
    }

    /** Presence, epoch seconds (long), nanoseconds (int). */
    public void writeInstant(Instant value) {
        if (writePresence(value)) {
            writeLong(value.getEpochSecond());
            writeInt(value.getNano());
        }
    }

    /** Presence, seconds (long), nanoseconds (int). */
    public void writeDuration(Duration value) {
        if (writePresence(value)) {
            writeLong(value.getSeconds());
            writeInt(value.getNano());
        }
    }

    /** Presence, epoch day (long). */
    public void writeLocalDate(LocalDate value) {
        if (writePresence(value)) {
            writeLong(value.toEpochDay());
        }
    }

    /** Presence, most then least significant bits (two longs). */
    public void writeUuid(UUID value) {
        if (writePresence(value)) {
            writeLong(value.getMostSignificantBits());
            writeLong(value.getLeastSignificantBits());
        }
    }

    /** Presence, scale (int), unscaled value as big-endian two's complement (length-prefixed bytes). */
    public void writeBigDecimal(BigDecimal value) {
        if (writePresence(value)) {
            writeInt(value.scale());
            writeByteArray(value.unscaledValue().toByteArray());
        }
    }

    /** Writes a reference to an actor as its address (a string), as {@code resolver} names it. */
    public void writeActorRef(Object ref, ActorRefResolver resolver) {
        writeString(ref == null ? null : resolver.addressOf(ref));
    }

    /**
     * Writes a failed ask's exception as its class name and message (two strings). A failure that
     * itself came from a peer keeps its original class name.
     */
    public void writeFailure(Throwable failure) {
        if (failure instanceof RemoteFailureException remote) {
            writeString(remote.remoteType());
            writeString(remote.remoteMessage());
        } else {
            writeString(failure.getClass().getName());
            writeString(failure.getMessage());
        }
    }

    // ---- growth ---------------------------------------------------------------------------------

    private void ensure(long bytes) {
        if (buffer.remaining() < bytes) {
            grow(bytes);
        }
    }

    private void grow(long bytes) {
        long needed = (long) buffer.position() + bytes;
        if (needed > maxBytes) {
            throw new CodecException("message needs " + needed + " bytes, more than the limit of "
                    + maxBytes, -1, buffer.position());
        }
        long capacity = Math.max(Math.max(needed, 2L * buffer.capacity()), MIN_GROWTH);
        int newCapacity = (int) Math.min(capacity, maxBytes);
        ByteBuffer larger = buffer.isDirect()
                ? ByteBuffer.allocateDirect(newCapacity) : ByteBuffer.allocate(newCapacity);
        larger.order(ByteOrder.LITTLE_ENDIAN);
        larger.put(buffer.flip());
        buffer = larger;
    }
}
