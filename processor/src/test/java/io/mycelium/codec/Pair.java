package io.mycelium.codec;

/** A generic record, encodable once its type arguments are. */
public record Pair<A, B>(A first, B second) {
}
