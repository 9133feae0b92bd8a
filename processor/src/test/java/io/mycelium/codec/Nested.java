package io.mycelium.codec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records inside records, inside collections, beside arrays and optionals. */
public record Nested(String name, Inner inner, List<Inner> inners, Map<String, Inner> byName,
        Optional<Side> side, int[] numbers, Validated validated, Empty empty, List<Empty> empties) {
}
