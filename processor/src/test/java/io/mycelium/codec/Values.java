package io.mycelium.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seeded random values of every supported type: nulls, empty and large collections, extreme
 * numbers, Unicode from ASCII to surrogate pairs, nested records.
 */
final class Values {
    private static final String[] SAMPLES = {
        "", "a", "ACME", "é", "ß€", "日本語", "\u0000", "\u007f\u0080", "\u07ff\u0800", "\uffff",
        "😀", "a😀b", "𝄞 clef", "👩‍👩‍👧", "\ud83d\ude00\ud83d\ude01"
    };

    final Random random;
    final FakeResolver resolver;
    private int depth;

    Values(long seed, FakeResolver resolver) {
        this.random = new Random(seed);
        this.resolver = resolver;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T orNull(Supplier<T> value) {
        return chance(10) ? null : value.get();
    }

    /** Mostly small, sometimes empty, now and then large (outermost collections only). */
    int size() {
        int dice = random.nextInt(100);
        if (dice < 15) {
            return 0;
        }
        if (dice < 97 || depth > 0) {
            return 1 + random.nextInt(8);
        }
        return 500 + random.nextInt(3000);
    }

    private <T> T nested(Supplier<T> value) {
        depth++;
        try {
            return value.get();
        } finally {
            depth--;
        }
    }

    String string() {
        int dice = random.nextInt(100);
        if (dice < 8) {
            return null;
        }
        if (dice < 40) {
            return SAMPLES[random.nextInt(SAMPLES.length)];
        }
        int length = dice < 98 || depth > 0 ? random.nextInt(24) : 2000 + random.nextInt(20_000);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) (' ' + random.nextInt(95)));
                case 1 -> text.append((char) (0x80 + random.nextInt(0x780)));
                case 2 -> text.append((char) (0x800 + random.nextInt(0xd800 - 0x800)));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
                default -> text.append((char) (0xe000 + random.nextInt(0x2000)));
            }
        }
        return text.toString();
    }

    long anyLong() {
        return switch (random.nextInt(6)) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            case 2 -> 0;
            default -> random.nextLong();
        };
    }

    double anyDouble() {
        return switch (random.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> -0.0;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> Double.MIN_VALUE;
            default -> random.nextDouble() * random.nextInt();
        };
    }

    float anyFloat() {
        return switch (random.nextInt(6)) {
            case 0 -> Float.NaN;
            case 1 -> Float.MAX_VALUE;
            default -> random.nextFloat() * random.nextInt();
        };
    }

    Instant instant() {
        return switch (random.nextInt(6)) {
            case 0 -> Instant.MIN;
            case 1 -> Instant.MAX;
            default -> Instant.ofEpochSecond(random.nextLong(-10_000_000_000L, 10_000_000_000L),
                    random.nextInt(1_000_000_000));
        };
    }

    Duration duration() {
        return Duration.ofSeconds(anyLong(), random.nextInt(1_000_000_000));
    }

    LocalDate date() {
        return LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    BigDecimal decimal() {
        BigInteger unscaled = new BigInteger(1 + random.nextInt(chance(5) ? 2000 : 100), random);
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-50, 50));
    }

    Side side() {
        return Side.values()[random.nextInt(Side.values().length)];
    }

    <T> List<T> list(Supplier<T> element) {
        int size = size();
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(nested(element));
        }
        return list;
    }

    <T> Set<T> set(Supplier<T> element) {
        int size = size();
        Set<T> set = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            set.add(nested(element));
        }
        return set;
    }

    <K, V> Map<K, V> map(Supplier<K> key, Supplier<V> value) {
        int size = size();
        Map<K, V> map = chance(50) ? new HashMap<>() : new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(nested(key), nested(value));
        }
        return map;
    }

    <T> Optional<T> optional(Supplier<T> value) {
        int dice = random.nextInt(10);
        if (dice == 0) {
            return null;
        }
        return dice < 4 ? Optional.empty() : Optional.ofNullable(value.get());
    }

    Level level() {
        return new Level(anyLong(), random.nextInt());
    }

    Inner inner() {
        return new Inner(anyLong(), orNull(this::side), string(), orNull(() -> set(this::uuid)));
    }

    Nested nested() {
        return new Nested(string(), orNull(this::inner), orNull(() -> list(() -> orNull(this::inner))),
                orNull(() -> map(this::string, () -> orNull(this::inner))), optional(this::side),
                orNull(() -> random.ints(size()).toArray()),
                orNull(() -> new Validated(random.nextInt(Integer.MAX_VALUE))), orNull(Empty::new),
                orNull(() -> list(() -> chance(80) ? new Empty() : null)));
    }

    Order order() {
        return new Order(anyLong(), string(), orNull(this::side), anyLong(), random.nextInt());
    }

    Book book() {
        return new Book(string(), orNull(this::instant), orNull(() -> list(this::level)),
                orNull(() -> list(() -> orNull(this::level))));
    }

    byte[] bytes() {
        byte[] bytes = new byte[size()];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A random message of {@link Everything}, asks carrying {@code reply}. */
    EverythingProtocol everything() {
        return switch (random.nextInt(13)) {
            case 0 -> new EverythingProtocol.Primitives(random.nextBoolean(), (byte) random.nextInt(),
                    (short) random.nextInt(), (char) random.nextInt(), random.nextInt(), anyLong(), anyFloat(),
                    anyDouble());
            case 1 -> new EverythingProtocol.Boxes(orNull(random::nextBoolean), orNull(() -> (byte) random.nextInt()),
                    orNull(() -> (short) random.nextInt()), orNull(() -> (char) random.nextInt()),
                    orNull(random::nextInt), orNull(this::anyLong), orNull(this::anyFloat), orNull(this::anyDouble));
            case 2 -> new EverythingProtocol.Text(string(), string());
            case 3 -> new EverythingProtocol.Values(orNull(this::instant), orNull(this::duration), orNull(this::date),
                    orNull(this::uuid), orNull(this::decimal));
            case 4 -> arrays();
            case 5 -> new EverythingProtocol.Collections(orNull(() -> list(this::string)),
                    orNull(() -> set(() -> orNull(random::nextInt))),
                    orNull(() -> map(this::string, () -> orNull(() -> list(() -> orNull(this::anyLong))))),
                    optional(this::string), optional(this::level),
                    orNull(() -> list(() -> orNull(() -> list(() -> orNull(this::instant))))));
            case 6 -> new EverythingProtocol.Records(orNull(this::nested),
                    orNull(() -> new Pair<>(string(), orNull(this::level))),
                    orNull(() -> map(() -> orNull(this::inner), () -> orNull(this::side))));
            case 7 -> new EverythingProtocol.Enums(orNull(this::side), orNull(() -> list(() -> orNull(this::side))),
                    orNull(() -> map(() -> orNull(this::side), () -> orNull(() -> set(this::side)))));
            case 8 -> new EverythingProtocol.Actors(orNull(() -> resolver.trading("t" + random.nextInt(5))),
                    orNull(() -> list(() -> orNull(() -> resolver.trading("m" + random.nextInt(50))))));
            case 9 -> new EverythingProtocol.Echo(orNull(this::nested), new NoReply<>());
            case 10 -> new EverythingProtocol.Prices(orNull(this::side), optional(this::instant), new NoReply<>());
            case 11 -> new EverythingProtocol.Blob(random.nextInt(), new NoReply<>());
            default -> new EverythingProtocol.Find(string(), new NoReply<>());
        };
    }

    private EverythingProtocol.Arrays arrays() {
        boolean[] z = new boolean[size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextBoolean();
        }
        short[] s = new short[size()];
        char[] c = new char[size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) random.nextInt();
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) random.nextInt();
        }
        float[] f = new float[size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = anyFloat();
        }
        double[] d = random.doubles(size()).toArray();
        String[] strings = list(this::string).toArray(String[]::new);
        long[][] matrix = new long[size()][];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = chance(10) ? null : random.longs(random.nextInt(5)).toArray();
        }
        Side[] sides = list(() -> orNull(this::side)).toArray(Side[]::new);
        return new EverythingProtocol.Arrays(orNull(() -> z), orNull(this::bytes), orNull(() -> s), orNull(() -> c),
                orNull(() -> random.ints(size()).toArray()), orNull(() -> random.longs(size()).toArray()),
                orNull(() -> f), orNull(() -> d), orNull(() -> strings), orNull(() -> matrix), orNull(() -> sides));
    }

    /** A random reply to the ask with message id {@code id} of {@link Everything}. */
    Object everythingReply(int id) {
        return switch (id) {
            case EverythingCodec.ECHO -> orNull(this::nested);
            case EverythingCodec.PRICES -> orNull(() -> map(() -> orNull(this::side),
                    () -> orNull(() -> list(() -> orNull(this::decimal)))));
            case EverythingCodec.BLOB -> orNull(this::bytes);
            case EverythingCodec.FIND -> optional(() -> new Pair<>(string(), orNull(this::anyLong)));
            default -> throw new IllegalArgumentException("not an ask: " + id);
        };
    }

    /** A random message of {@link Trading}. */
    TradingProtocol trading() {
        return switch (random.nextInt(5)) {
            case 0 -> new TradingProtocol.Place(orNull(this::order));
            case 1 -> new TradingProtocol.Tick(anyLong(), anyDouble(), random.nextInt(), random.nextBoolean());
            case 2 -> new TradingProtocol.Publish(orNull(this::book));
            case 3 -> new TradingProtocol.Lookup(anyLong(), new NoReply<>());
            default -> new TradingProtocol.Depth(orNull(this::side), new NoReply<>());
        };
    }
}
