package io.mycelium.processor;

import java.nio.charset.StandardCharsets;

/**
 * FNV-1a hashes: small, stable across JVMs and versions, good enough to spread message ids and
 * to fingerprint a protocol. Never change them: peers compare their results.
 */
final class Hashes {
    private Hashes() {
    }

    /** A message id derived from a signature: FNV-1a 32 folded to a non-negative int. */
    static int messageId(String signature) {
        int hash = 0x811c9dc5;
        for (byte b : signature.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash & 0x7fffffff;
    }

    /** FNV-1a 64 of a text. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
