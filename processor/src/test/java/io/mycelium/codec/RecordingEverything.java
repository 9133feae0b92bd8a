package io.mycelium.codec;

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

/** Remembers the arguments of the last call, as the handler received them. */
final class RecordingEverything implements Everything {
    String method;
    Object[] arguments;
    int calls;

    private void record(String name, Object... values) {
        method = name;
        arguments = values;
        calls++;
    }

    @Override
    public void primitives(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
        record("primitives", z, b, s, c, i, l, f, d);
    }

    @Override
    public void boxes(Boolean z, Byte b, Short s, Character c, Integer i, Long l, Float f, Double d) {
        record("boxes", z, b, s, c, i, l, f, d);
    }

    @Override
    public void text(String text, String other) {
        record("text", text, other);
    }

    @Override
    public void values(Instant instant, Duration duration, LocalDate date, UUID uuid, BigDecimal decimal) {
        record("values", instant, duration, date, uuid, decimal);
    }

    @Override
    public void arrays(boolean[] z, byte[] b, short[] s, char[] c, int[] i, long[] l, float[] f, double[] d,
            String[] strings, long[][] matrix, Side[] sides) {
        record("arrays", z, b, s, c, i, l, f, d, strings, matrix, sides);
    }

    @Override
    public void collections(List<String> list, Set<Integer> set, Map<String, List<Long>> map,
            Optional<String> optional, Optional<Level> level, List<List<Instant>> lists) {
        record("collections", list, set, map, optional, level, lists);
    }

    @Override
    public void records(Nested nested, Pair<String, Level> pair, Map<Inner, Side> byInner) {
        record("records", nested, pair, byInner);
    }

    @Override
    public void enums(Side side, List<Side> sides, Map<Side, Set<Side>> graph) {
        record("enums", side, sides, graph);
    }

    @Override
    public void actors(Trading trading, List<Trading> more) {
        record("actors", trading, more);
    }

    @Override
    public CompletionStage<Nested> echo(Nested nested) {
        record("echo", nested);
        return CompletableFuture.completedFuture(nested);
    }

    @Override
    public CompletableFuture<Map<Side, List<BigDecimal>>> prices(Side side, Optional<Instant> since) {
        record("prices", side, since);
        return CompletableFuture.completedFuture(Map.of());
    }

    @Override
    public CompletionStage<byte[]> blob(int size) {
        record("blob", size);
        return CompletableFuture.completedFuture(new byte[0]);
    }

    @Override
    public CompletionStage<Optional<Pair<String, Long>>> find(String key) {
        record("find", key);
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
