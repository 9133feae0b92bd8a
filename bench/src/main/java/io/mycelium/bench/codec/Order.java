package io.mycelium.bench.codec;

/** The five-field order message. */
public record Order(long id, String symbol, Side side, long priceTicks, int quantity) {
}
