package io.mycelium.codec;

import io.mycelium.annotation.Actor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Every supported type, as parameters and as replies: the round-trip and fuzz tests use it. */
@Actor
public interface Everything {
    void primitives(boolean z, byte b, short s, char c, int i, long l, float f, double d);

    void boxes(Boolean z, Byte b, Short s, Character c, Integer i, Long l, Float f, Double d);

    void text(String text, String other);

    void values(Instant instant, Duration duration, LocalDate date, UUID uuid, BigDecimal decimal);

    void arrays(boolean[] z, byte[] b, short[] s, char[] c, int[] i, long[] l, float[] f, double[] d,
            String[] strings, long[][] matrix, Side[] sides);

    void collections(List<String> list, Set<Integer> set, Map<String, List<Long>> map,
            Optional<String> optional, Optional<Level> level, List<List<Instant>> lists);

    void records(Nested nested, Pair<String, Level> pair, Map<Inner, Side> byInner);

    void enums(Side side, List<Side> sides, Map<Side, Set<Side>> graph);

    void actors(Trading trading, List<Trading> more);

    CompletionStage<Nested> echo(Nested nested);

    CompletableFuture<Map<Side, List<BigDecimal>>> prices(Side side, Optional<Instant> since);

    CompletionStage<byte[]> blob(int size);

    CompletionStage<Optional<Pair<String, Long>>> find(String key);
}
