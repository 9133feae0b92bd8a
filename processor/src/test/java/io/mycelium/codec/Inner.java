package io.mycelium.codec;

import java.util.Set;
import java.util.UUID;

public record Inner(long id, Side side, String label, Set<UUID> tags) {
}
