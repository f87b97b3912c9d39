package org.premark.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.premark.text.StrictUtf8;

/**
 * A text file's content and the encoding it was read in. Files as schools have them come in three encodings:
 * UTF-8 ("CSV UTF-8"), Windows-1252 (Excel's "CSV (Comma delimited)" on a Western Windows) and UTF-16 (Excel's
 * "Unicode Text"). The choice is made safely: a byte-order mark decides; otherwise UTF-16 is recognised by its
 * zero bytes, then strict UTF-8 is tried, and only bytes that are not UTF-8 fall back to Windows-1252, whose
 * five unassigned bytes and any control character other than tab and line breaks still refuse the file.
 *
 * @param encoding the name shown to the user: "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
 */
public record Decoded(String text, String encoding) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    public static Decoded of(byte[] bytes) throws CsvException {
        Objects.requireNonNull(bytes, "bytes");
        int n = bytes.length;
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return utf16(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return utf16(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        int zeros = 0;
        int zerosOdd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros++;
                zerosOdd += i % 2;
            }
        }
        if (zeros > 0) {
            // UTF-16 text without a BOM: mostly ASCII, so about every other byte is zero, all on one side.
            if (n % 2 == 0 && zeros * 3 >= n) {
                if (zerosOdd == zeros) {
                    return utf16(bytes, 0, StandardCharsets.UTF_16LE, "UTF-16LE");
                }
                if (zerosOdd == 0) {
                    return utf16(bytes, 0, StandardCharsets.UTF_16BE, "UTF-16BE");
                }
            }
            int at = firstZero(bytes);
            throw new CsvException(new CsvProblem(lineAt(bytes, at),
                    "this looks like a binary file, not a CSV (it contains a NUL byte)"));
        }
        try {
            String text = StrictUtf8.decode(bytes);
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, "UTF-8");
        } catch (StrictUtf8.NotText e) {
            return windows1252(bytes, e.line());
        }
    }

    private static Decoded utf16(byte[] bytes, int skip, Charset charset, String name) throws CsvException {
        if ((bytes.length - skip) % 2 != 0) {
            throw new CsvException(new CsvProblem(0, "the file starts as " + name + " text but has an odd number of"
                    + " bytes; it may be cut short. Save it again and retry"));
        }
        String text;
        try {
            text = strict(charset, bytes, skip);
        } catch (CharacterCodingException e) {
            throw new CsvException(new CsvProblem(0, "the file starts as " + name + " text but is not valid "
                    + name + "; save it as 'CSV UTF-8' and try again"));
        }
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, name);
    }

    private static Decoded windows1252(byte[] bytes, int firstBadLine) throws CsvException {
        String text;
        try {
            text = strict(WINDOWS_1252, bytes, 0);
        } catch (CharacterCodingException e) {
            throw new CsvException(new CsvProblem(firstBadLine, "the file is neither UTF-8 nor Windows-1252 text;"
                    + " save it as 'CSV UTF-8' and try again"));
        }
        for (int i = 0, line = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r') {
                throw new CsvException(new CsvProblem(line, "this looks like a binary file, not a CSV (control"
                        + " character 0x" + String.format("%02X", (int) c) + ")"));
            }
        }
        return new Decoded(text, "Windows-1252");
    }

    private static String strict(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        CharBuffer out = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return out.toString();
    }

    private static int firstZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
