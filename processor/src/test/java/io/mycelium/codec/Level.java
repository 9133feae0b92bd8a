package io.mycelium.codec;

public record Level(long price, int quantity) {
}
