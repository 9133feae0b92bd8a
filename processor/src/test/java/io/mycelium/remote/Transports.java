package io.mycelium.remote;

import java.nio.file.Path;

/** Listening addresses for the transport tests: the same test runs over each kind. */
final class Transports {
    private Transports() {
    }

    /** A listening address of kind {@code kind} ("unix" or "tcp"), with files under {@code dir}. */
    static String listen(String kind, Path dir) {
        return switch (kind) {
            case "unix" -> "unix:" + dir.resolve("node.sock");
            case "tcp" -> "tcp://127.0.0.1:0";
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
