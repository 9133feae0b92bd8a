package io.mycelium.codec;

public record Empty() {
}
