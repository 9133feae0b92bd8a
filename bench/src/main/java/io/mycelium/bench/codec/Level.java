package io.mycelium.bench.codec;

public record Level(long price, int quantity) {
}
