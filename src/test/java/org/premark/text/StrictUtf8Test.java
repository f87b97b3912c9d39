package org.premark.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void decodesUtf8AndKeepsAByteOrderMark() throws StrictUtf8.NotText {
        assertEquals("\uFEFFcafé\n", StrictUtf8.decode("\uFEFFcafé\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", StrictUtf8.decode(new byte[0]));
    }

    @Test
    void aNulByteIsBinaryWithItsLineAndOffset() {
        StrictUtf8.NotText e = assertThrows(StrictUtf8.NotText.class,
                () -> StrictUtf8.decode(new byte[] {'a', '\n', 'b', 0}));
        assertTrue(e.binary());
        assertEquals(2, e.line());
        assertEquals(3, e.offset());
    }

    @Test
    void aLatin1ByteIsNotUtf8WithItsLineOffsetAndValue() {
        StrictUtf8.NotText e = assertThrows(StrictUtf8.NotText.class,
                () -> StrictUtf8.decode("ok\nok\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(e.binary());
        assertEquals(3, e.line());
        assertEquals(9, e.offset());
        assertEquals(0xE9, e.badByte());
    }
}
