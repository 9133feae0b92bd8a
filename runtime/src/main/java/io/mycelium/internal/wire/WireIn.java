package io.mycelium.internal.wire;

import io.mycelium.CodecException;
import io.mycelium.RemoteFailureException;
import io.mycelium.internal.Reply;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The reading half of the wire format, called by generated codecs: each method reads one value
 * at the buffer's position and advances it. Every read is checked against the bytes left, and
 * every length and count also against {@link WireLimits}, before anything is allocated; a frame
 * that fails a check raises a {@link CodecException} naming the message id and the offset.
 *
 * <p>The buffer must be little-endian: generated codecs set the order before the first read.
 * Reading a primitive allocates nothing.
 */
public final class WireIn {
    private WireIn() {
    }

    // ---- primitives ---------------------------------------------------------------------------

    public static boolean readBoolean(ByteBuffer in, int messageId) {
        need(in, messageId, 1, "boolean");
        int at = in.position();
        byte value = in.get();
        if (value == 0) {
            return false;
        }
        if (value == 1) {
            return true;
        }
        throw new CodecException("boolean byte is " + value + ", not 0 or 1", messageId, at);
    }

    public static byte readByte(ByteBuffer in, int messageId) {
        need(in, messageId, 1, "byte");
        return in.get();
    }

    public static short readShort(ByteBuffer in, int messageId) {
        need(in, messageId, 2, "short");
        return in.getShort();
    }

    public static char readChar(ByteBuffer in, int messageId) {
        need(in, messageId, 2, "char");
        return in.getChar();
    }

    public static int readInt(ByteBuffer in, int messageId) {
        need(in, messageId, 4, "int");
        return in.getInt();
    }

    public static long readLong(ByteBuffer in, int messageId) {
        need(in, messageId, 8, "long");
        return in.getLong();
    }

    public static float readFloat(ByteBuffer in, int messageId) {
        need(in, messageId, 4, "float");
        return in.getFloat();
    }

    public static double readDouble(ByteBuffer in, int messageId) {
        need(in, messageId, 8, "double");
        return in.getDouble();
    }

    // ---- presence, counts, boxes ----------------------------------------------------------------

    /** Reads the presence byte of a nullable value: whether the value follows. */
    public static boolean readPresence(ByteBuffer in, int messageId) {
        return readBoolean(in, messageId);
    }

    /**
     * Reads the element count of a collection, map or array: {@code -1} for null, otherwise a
     * count that fits both the limit and the bytes left, given that each element takes at least
     * {@code minElementBytes}.
     */
    public static int readCount(ByteBuffer in, int messageId, int minElementBytes, WireLimits limits) {
        int at = in.position();
        int count = readInt(in, messageId);
        if (count == -1) {
            return -1;
        }
        if (count < 0) {
            throw new CodecException("negative element count " + count, messageId, at);
        }
        if (count > limits.maxCount()) {
            throw new CodecException("element count " + count + " exceeds the limit of "
                    + limits.maxCount(), messageId, at);
        }
        if ((long) count * minElementBytes > in.remaining()) {
            throw new CodecException("element count " + count + " needs at least "
                    + (long) count * minElementBytes + " bytes, but " + in.remaining() + " are left",
                    messageId, at);
        }
        return count;
    }

    public static Boolean readBoxedBoolean(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Boolean.valueOf(readBoolean(in, messageId)) : null;
    }

    public static Byte readBoxedByte(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Byte.valueOf(readByte(in, messageId)) : null;
    }

    public static Short readBoxedShort(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Short.valueOf(readShort(in, messageId)) : null;
    }

    public static Character readBoxedChar(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Character.valueOf(readChar(in, messageId)) : null;
    }

    public static Integer readBoxedInt(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Integer.valueOf(readInt(in, messageId)) : null;
    }

    public static Long readBoxedLong(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Long.valueOf(readLong(in, messageId)) : null;
    }

    public static Float readBoxedFloat(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Float.valueOf(readFloat(in, messageId)) : null;
    }

    public static Double readBoxedDouble(ByteBuffer in, int messageId) {
        return readPresence(in, messageId) ? Double.valueOf(readDouble(in, messageId)) : null;
    }

    // ---- strings --------------------------------------------------------------------------------

    /** Reads a UTF-8 string (length-prefixed, {@code -1} for null); malformed bytes become U+FFFD. */
    public static String readString(ByteBuffer in, int messageId, WireLimits limits) {
        int length = readLength(in, messageId, limits, "string");
        if (length < 0) {
            return null;
        }
        int at = in.position();
        String value;
        if (in.hasArray()) {
            value = new String(in.array(), in.arrayOffset() + at, length, StandardCharsets.UTF_8);
        } else {
            byte[] bytes = new byte[length];
            in.get(at, bytes);
            value = new String(bytes, StandardCharsets.UTF_8);
        }
        in.position(at + length);
        return value;
    }

    // ---- arrays ---------------------------------------------------------------------------------

    public static boolean[] readBooleanArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 1, limits);
        if (count < 0) {
            return null;
        }
        boolean[] value = new boolean[count];
        for (int i = 0; i < count; i++) {
            value[i] = readBoolean(in, messageId);
        }
        return value;
    }

    public static byte[] readByteArray(ByteBuffer in, int messageId, WireLimits limits) {
        int length = readLength(in, messageId, limits, "byte array");
        if (length < 0) {
            return null;
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }

    public static short[] readShortArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 2, limits);
        if (count < 0) {
            return null;
        }
        short[] value = new short[count];
        for (int i = 0; i < count; i++) {
            value[i] = in.getShort();
        }
        return value;
    }

    public static char[] readCharArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 2, limits);
        if (count < 0) {
            return null;
        }
        char[] value = new char[count];
        for (int i = 0; i < count; i++) {
            value[i] = in.getChar();
        }
        return value;
    }

    public static int[] readIntArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 4, limits);
        if (count < 0) {
            return null;
        }
        int[] value = new int[count];
        for (int i = 0; i < count; i++) {
            value[i] = in.getInt();
        }
        return value;
    }

    public static long[] readLongArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 8, limits);
        if (count < 0) {
            return null;
        }
        long[] value = new long[count];
        for (int i = 0; i < count; i++) {
            value[i] = in.getLong();
        }
        return value;
    }

    public static float[] readFloatArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 4, limits);
        if (count < 0) {
            return null;
        }
        float[] value = new float[count];
        for (int i = 0; i < count; i++) {
            value[i] = in.getFloat();
        }
        return value;
    }

    public static double[] readDoubleArray(ByteBuffer in, int messageId, WireLimits limits) {
        int count = readCount(in, messageId, 8, limits);
        if (count < 0) {
            return null;
        }
        double[] value = new double[count];
        for (int i = 0; i < count; i++) {
            value[i] = in.getDouble();
        }
        return value;
    }

    // ---- enums, time, ids, numbers, actors -------------------------------------------------------

    /** Reads an enum constant by ordinal from {@code constants} (the enum's {@code values()}). */
    public static <E extends Enum<E>> E readEnum(ByteBuffer in, int messageId, E[] constants) {
        int at = in.position();
        int ordinal = readInt(in, messageId);
        if (ordinal == -1) {
            return null;
        }
        if (ordinal < 0 || ordinal >= constants.length) {
            throw new CodecException("ordinal " + ordinal + " is not a constant of enum "
                    + constants.getClass().getComponentType().getSimpleName() + " (which has "
                    + constants.length + ")", messageId, at);
        }
        return constants[ordinal];
    }

    /** A {@code Void} reply: always absent, since {@code Void} has no instances. */
    public static Void readVoid(ByteBuffer in, int messageId) {
        int at = in.position();
        if (readPresence(in, messageId)) {
            throw new CodecException("a Void value cannot be present", messageId, at);
        }
        return null;
    }

    public static Instant readInstant(ByteBuffer in, int messageId) {
        if (!readPresence(in, messageId)) {
            return null;
        }
        int at = in.position();
        long seconds = readLong(in, messageId);
        int nanos = readNanos(in, messageId);
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw new CodecException("instant of " + seconds + " epoch seconds is out of range",
                    messageId, at);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    public static Duration readDuration(ByteBuffer in, int messageId) {
        if (!readPresence(in, messageId)) {
            return null;
        }
        long seconds = readLong(in, messageId);
        return Duration.ofSeconds(seconds, readNanos(in, messageId));
    }

    public static LocalDate readLocalDate(ByteBuffer in, int messageId) {
        if (!readPresence(in, messageId)) {
            return null;
        }
        int at = in.position();
        long epochDay = readLong(in, messageId);
        try {
            return LocalDate.ofEpochDay(epochDay);
        } catch (DateTimeException e) {
            throw new CodecException("epoch day " + epochDay + " is out of range", messageId, at, e);
        }
    }

    public static UUID readUuid(ByteBuffer in, int messageId) {
        if (!readPresence(in, messageId)) {
            return null;
        }
        long most = readLong(in, messageId);
        return new UUID(most, readLong(in, messageId));
    }

    public static BigDecimal readBigDecimal(ByteBuffer in, int messageId, WireLimits limits) {
        if (!readPresence(in, messageId)) {
            return null;
        }
        int scale = readInt(in, messageId);
        int at = in.position();
        byte[] unscaled = readByteArray(in, messageId, limits);
        if (unscaled == null || unscaled.length == 0) {
            throw new CodecException("decimal without an unscaled value", messageId, at);
        }
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    /** Reads an actor address and resolves it to a reference of {@code type}. */
    public static <T> T readActorRef(ByteBuffer in, int messageId, WireLimits limits,
            ActorRefResolver resolver, Class<T> type) {
        int at = in.position();
        String address = readString(in, messageId, limits);
        if (address == null) {
            return null;
        }
        try {
            return resolver.resolve(type, address);
        } catch (RuntimeException e) {
            throw new CodecException("cannot resolve " + type.getSimpleName() + " at '" + address
                    + "': " + e.getMessage(), messageId, at, e);
        }
    }

    /** Reads the class name and message of a failed ask, as {@link WireOut#writeFailure} wrote them. */
    public static RemoteFailureException readFailure(ByteBuffer in, int messageId, WireLimits limits) {
        int at = in.position();
        String type = readString(in, messageId, limits);
        if (type == null || type.isEmpty()) {
            throw new CodecException("failure without an exception class name", messageId, at);
        }
        return new RemoteFailureException(type, readString(in, messageId, limits));
    }

    // ---- frame level ----------------------------------------------------------------------------

    /** Checks that the body was read to its end: trailing bytes mean a corrupt frame. */
    public static void end(ByteBuffer in, int messageId) {
        if (in.hasRemaining()) {
            throw new CodecException(in.remaining() + " unexpected bytes after the message body",
                    messageId, in.position());
        }
    }

    /** The exception for a message id this protocol does not have. */
    public static CodecException unknownMessage(ByteBuffer in, int messageId) {
        return new CodecException("unknown message id", messageId, in.position());
    }

    /** The exception for a message id that is a tell where a reply was expected. */
    public static CodecException notAnAsk(ByteBuffer in, int messageId) {
        return new CodecException("the message is a tell and has no reply", messageId, in.position());
    }

    /** The exception for decoded values that {@code type}'s constructor refused. */
    public static CodecException rejected(ByteBuffer in, int messageId, String type, RuntimeException cause) {
        return new CodecException(type + " refused the decoded values: " + cause, messageId,
                in.position(), cause);
    }

    /**
     * The reply that answers the ask being decoded, typed for the message's reply type (the
     * generated codec knows it matches).
     */
    @SuppressWarnings("unchecked")
    public static <T> Reply<T> typedReply(Reply<?> reply, int messageId) {
        if (reply == null) {
            throw new IllegalArgumentException("message id " + messageId
                    + " is an ask: pass the Reply that answers it");
        }
        return (Reply<T>) reply;
    }

    // ---- checks ---------------------------------------------------------------------------------

    private static void need(ByteBuffer in, int messageId, int bytes, String what) {
        if (in.remaining() < bytes) {
            throw new CodecException("frame ends inside a " + what + " (" + bytes + " bytes needed, "
                    + in.remaining() + " left)", messageId, in.position());
        }
    }

    private static int readNanos(ByteBuffer in, int messageId) {
        int at = in.position();
        int nanos = readInt(in, messageId);
        if (nanos < 0 || nanos > 999_999_999) {
            throw new CodecException("nanosecond field " + nanos + " is out of range", messageId, at);
        }
        return nanos;
    }

    private static int readLength(ByteBuffer in, int messageId, WireLimits limits, String what) {
        int at = in.position();
        int length = readInt(in, messageId);
        if (length == -1) {
            return -1;
        }
        if (length < 0) {
            throw new CodecException("negative " + what + " length " + length, messageId, at);
        }
        if (length > limits.maxBytes()) {
            throw new CodecException(what + " length " + length + " exceeds the limit of "
                    + limits.maxBytes(), messageId, at);
        }
        if (length > in.remaining()) {
            throw new CodecException(what + " length " + length + " exceeds the " + in.remaining()
                    + " bytes left", messageId, at);
        }
        return length;
    }
}
