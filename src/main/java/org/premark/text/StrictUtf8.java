package org.premark.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8, refusing binary content (a NUL byte) and bytes that are not UTF-8 instead of
 * silently replacing them, and saying where the problem is. A byte-order mark is kept as U+FEFF; callers that
 * do not want it strip it.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** Why bytes are not UTF-8 text, and where: the 1-based line and the byte offset of the first bad byte. */
    public static final class NotText extends Exception {

        private final boolean binary;
        private final int line;
        private final int offset;
        private final int badByte;

        NotText(boolean binary, int line, int offset, int badByte) {
            super(binary ? "binary content (NUL byte at offset " + offset + ")"
                    : String.format("not UTF-8 (byte 0x%02X at offset %d)", badByte, offset));
            this.binary = binary;
            this.line = line;
            this.offset = offset;
            this.badByte = badByte;
        }

        /** True for a NUL byte, false for a byte sequence that is not UTF-8. */
        public boolean binary() {
            return binary;
        }

        public int line() {
            return line;
        }

        public int offset() {
            return offset;
        }

        /** The offending byte, 0..255. */
        public int badByte() {
            return badByte;
        }
    }

    public static String decode(byte[] bytes) throws NotText {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotText(true, lineAt(bytes, i), i, 0);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new NotText(false, lineAt(bytes, at), at, bytes[at] & 0xFF);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
