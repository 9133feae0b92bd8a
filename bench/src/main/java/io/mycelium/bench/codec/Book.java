package io.mycelium.bench.codec;

import java.util.List;

/** A nested record with a list. */
public record Book(String venue, long sequence, List<Level> bids) {
}
