package io.mycelium.remote;

/** One posting, for echo round trips. */
public record Entry(String account, long amount, Kind kind) {

    /** Kinds of posting. */
    public enum Kind { CREDIT, DEBIT }
}
