package io.mycelium.internal.wire;

import java.nio.ByteBuffer;

/** UTF-8 encoding straight into a buffer, without the temporary array of {@code String.getBytes}. */
final class Utf8 {
    private Utf8() {
    }

    /** The number of bytes {@link #encode} writes for {@code text}. */
    static long length(String text) {
        long bytes = 0;
        int chars = text.length();
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Encodes {@code text} into {@code array} from index {@code at}; returns the index after it. */
    static int encode(String text, byte[] array, int at) {
        int chars = text.length();
        int p = at;
        int i = 0;
        while (i < chars) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            array[p++] = (byte) c;
            i++;
        }
        for (; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                array[p++] = (byte) c;
            } else if (c < 0x800) {
                array[p++] = (byte) (0xc0 | c >> 6);
                array[p++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < chars
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                array[p++] = (byte) (0xf0 | cp >> 18);
                array[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
                array[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
                array[p++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                array[p++] = '?';
            } else {
                array[p++] = (byte) (0xe0 | c >> 12);
                array[p++] = (byte) (0x80 | c >> 6 & 0x3f);
                array[p++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return p;
    }

    /** Encodes {@code text} into {@code buffer} from index {@code at}; returns the index after it. */
    static int encode(String text, ByteBuffer buffer, int at) {
        int chars = text.length();
        int p = at;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer.put(p++, (byte) c);
            } else if (c < 0x800) {
                buffer.put(p++, (byte) (0xc0 | c >> 6));
                buffer.put(p++, (byte) (0x80 | c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < chars
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                buffer.put(p++, (byte) (0xf0 | cp >> 18));
                buffer.put(p++, (byte) (0x80 | cp >> 12 & 0x3f));
                buffer.put(p++, (byte) (0x80 | cp >> 6 & 0x3f));
                buffer.put(p++, (byte) (0x80 | cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                buffer.put(p++, (byte) '?');
            } else {
                buffer.put(p++, (byte) (0xe0 | c >> 12));
                buffer.put(p++, (byte) (0x80 | c >> 6 & 0x3f));
                buffer.put(p++, (byte) (0x80 | c & 0x3f));
            }
        }
        return p;
    }
}
