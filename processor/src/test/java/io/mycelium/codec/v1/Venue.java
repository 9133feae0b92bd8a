package io.mycelium.codec.v1;

public enum Venue {
    LSE,
    XETRA
}
