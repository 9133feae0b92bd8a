package io.mycelium.codec;

import java.time.Instant;
import java.util.List;

/** A nested record with lists. */
public record Book(String venue, Instant asOf, List<Level> bids, List<Level> asks) {
}
