package io.mycelium.codec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mycelium.CodecException;
import io.mycelium.internal.MessageCodec;
import io.mycelium.internal.wire.WireLimits;
import io.mycelium.internal.wire.WireOut;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid frames (truncation, bit flips, huge lengths, inserted and trailing
 * bytes, wrong ids) and random garbage, through every decoding entry point. Whatever comes in,
 * the only possible outcomes are a valid decode or exactly one {@link CodecException}: no other
 * exception type, no OutOfMemoryError, no runaway allocation.
 */
class CodecFuzzTest {
    private static final long SEED = 0x5eed_2026_1122L;
    private static final int CASES = 2_000_000;
    private static final int[] HUGE = {Integer.MAX_VALUE, Integer.MIN_VALUE, -2, -1, 0x7fff_0000, 0x0100_0000, 65_536};

    private record Frame(int id, byte[] bytes, int kind) {
    }

    private static final int MESSAGE = 0;
    private static final int REPLY = 1;
    private static final int FAILURE = 2;

    @Test
    void malformedFramesOnlyEverRaiseCodecException() {
        FakeResolver resolver = new FakeResolver();
        MessageCodec<Everything> everything = EverythingCodec.DEFAULT.with(WireLimits.DEFAULT, resolver);
        List<Frame> corpus = corpus(everything, resolver);
        int[] ids = corpus.stream().mapToInt(Frame::id).distinct().toArray();

        Random random = new Random(SEED);
        byte[] scratch = new byte[1 << 16];
        ByteBuffer direct = ByteBuffer.allocateDirect(scratch.length);
        RecordingEverything actor = new RecordingEverything();
        NoReply<Object> reply = new NoReply<>();
        long rejected = 0;
        long started = System.nanoTime();
        for (int n = 0; n < CASES; n++) {
            Frame frame = corpus.get(random.nextInt(corpus.size()));
            int id = frame.id();
            int length = mutate(random, frame.bytes(), scratch);
            int mutation = lastMutation;
            if (mutation == 6) {
                id = random.nextInt(10) == 0 ? random.nextInt() : ids[random.nextInt(ids.length)];
            }
            ByteBuffer body;
            if ((n & 7) == 0) {
                direct.clear();
                direct.put(scratch, 0, length).flip();
                body = direct;
            } else {
                body = ByteBuffer.wrap(scratch, 0, length);
            }
            int target = frame.kind() == MESSAGE ? n % 3 : frame.kind() == REPLY ? 3 : 4;
            try {
                switch (target) {
                    case 0 -> everything.decode(id, body, reply);
                    case 1 -> everything.decodeAndDispatch(id, body, actor, reply);
                    case 2 -> TradingCodec.DEFAULT.decode(id, body, reply);
                    case 3 -> everything.decodeReply(id, body);
                    default -> everything.decodeFailure(id, body);
                }
            } catch (CodecException expected) {
                rejected++;
            } catch (Throwable unexpected) {
                throw new AssertionError("case " + n + " (seed " + SEED + ", mutation " + mutation + ", target "
                        + target + ", id " + id + "): " + unexpected + " from frame "
                        + HexFormat.of().formatHex(scratch, 0, Math.min(length, 256)), unexpected);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("codec fuzz: %,d cases (%,d rejected with CodecException, %,d decoded) in %,d ms%n",
                CASES, rejected, CASES - rejected, millis);
        assertTrue(rejected > CASES / 4, "mutations are mostly rejected: " + rejected);
        assertTrue(CASES - rejected > CASES / 100, "some mutations still decode: " + (CASES - rejected));
    }

    /** Valid frames: messages of both protocols, replies and failures, none larger than 4 KiB. */
    private static List<Frame> corpus(MessageCodec<Everything> everything, FakeResolver resolver) {
        Values values = new Values(SEED, resolver);
        List<Frame> frames = new ArrayList<>();
        WireOut out = new WireOut(ByteBuffer.allocate(1 << 12), new WireLimits(1 << 12, 1 << 12));
        while (frames.size() < 600) {
            out.clear();
            try {
                if (frames.size() % 5 == 4) {
                    TradingProtocol message = values.trading();
                    frames.add(new Frame(TradingCodec.DEFAULT.encode(message, out), out.toByteArray(), MESSAGE));
                } else if (frames.size() % 5 == 3) {
                    int id = List.of(EverythingCodec.ECHO, EverythingCodec.PRICES, EverythingCodec.BLOB,
                            EverythingCodec.FIND).get(values.random.nextInt(4));
                    everything.encodeReply(id, values.everythingReply(id), out);
                    frames.add(new Frame(id, out.toByteArray(), values.random.nextInt(8) == 0 ? FAILURE : REPLY));
                } else {
                    frames.add(new Frame(everything.encode(values.everything(), out), out.toByteArray(), MESSAGE));
                }
            } catch (CodecException tooLarge) {
                // a message beyond the 4 KiB of this corpus: skip it
            }
        }
        return frames;
    }

    private static int lastMutation;

    /** Copies {@code valid} into {@code into}, mutated; returns the length. */
    private static int mutate(Random random, byte[] valid, byte[] into) {
        int length = valid.length;
        System.arraycopy(valid, 0, into, 0, length);
        lastMutation = random.nextInt(9);
        switch (lastMutation) {
            case 0 -> length = length == 0 ? 0 : random.nextInt(length);                       // truncate
            case 1 -> {                                                                          // flip bits
                for (int i = 1 + random.nextInt(4); i > 0 && length > 0; i--) {
                    into[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> {                                                                          // huge length
                if (length >= 4) {
                    int at = random.nextInt(length - 3);
                    int huge = random.nextInt(3) == 0 ? random.nextInt() : HUGE[random.nextInt(HUGE.length)];
                    ByteBuffer.wrap(into).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(at, huge);
                }
            }
            case 3 -> {                                                                          // random bytes
                for (int i = 1 + random.nextInt(8); i > 0 && length > 0; i--) {
                    into[random.nextInt(length)] = (byte) random.nextInt();
                }
            }
            case 4 -> {                                                                          // insert bytes
                int at = random.nextInt(length + 1);
                int count = 1 + random.nextInt(8);
                System.arraycopy(valid, at, into, at + count, length - at);
                for (int i = 0; i < count; i++) {
                    into[at + i] = (byte) random.nextInt();
                }
                length += count;
            }
            case 5 -> {                                                                          // garbage
                length = random.nextInt(64);
                for (int i = 0; i < length; i++) {
                    into[i] = (byte) random.nextInt();
                }
            }
            case 7 -> {                                                                          // trailing bytes
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    into[length + i] = (byte) random.nextInt();
                }
                length += count;
            }
            default -> {
                // 6: a valid body under another message id; 8: unchanged
            }
        }
        return length;
    }
}
