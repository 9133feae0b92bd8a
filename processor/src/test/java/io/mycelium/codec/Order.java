package io.mycelium.codec;

/** The five-field order message of the golden-bytes test and the benchmark. */
public record Order(long id, String symbol, Side side, long priceTicks, int quantity) {
}
