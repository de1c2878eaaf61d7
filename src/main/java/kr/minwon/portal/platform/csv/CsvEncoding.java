package kr.minwon.portal.platform.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The encodings an import file may use. Office spreadsheets save CP949 by default, everything else saves UTF-8, so
 * the file's first bytes decide: a UTF-8 BOM, else valid UTF-8, else valid CP949, else the file is refused.
 */
public enum CsvEncoding {
    UTF_8_WITH_BOM(StandardCharsets.UTF_8, 3),
    UTF_8(StandardCharsets.UTF_8, 0),
    /** Windows code page 949, a superset of EUC-KR, so EUC-KR files read correctly too. */
    CP949(Charset.forName("x-windows-949"), 0);

    /** How much of a file is examined; later bytes that break the encoding become row problems instead. */
    public static final int SAMPLE_SIZE = 64 * 1024;

    /** What undecodable bytes turn into; a cell holding it has an encoding problem. */
    static final char UNREADABLE = '\uFFFD';

    private final Charset charset;
    private final int bomLength;

    CsvEncoding(Charset charset, int bomLength) {
        this.charset = charset;
        this.bomLength = bomLength;
    }

    public Charset charset() {
        return charset;
    }

    /** Bytes at the start of the file that are a marker, not text. */
    public int bomLength() {
        return bomLength;
    }

    /**
     * The encoding of a file, judged from its first bytes (up to {@link #SAMPLE_SIZE} are looked at). The sample may
     * end inside a character; that is not held against it. Empty when the bytes are neither UTF-8 nor CP949 text, e.g.
     * UTF-16 or a binary file.
     */
    public static Optional<CsvEncoding> detect(byte[] head) {
        int length = Math.min(head.length, SAMPLE_SIZE);
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return decodes(head, 3, length, StandardCharsets.UTF_8) ? Optional.of(UTF_8_WITH_BOM) : Optional.empty();
        }
        // UTF-16 and UTF-32 (with or without BOM) and binary files all carry NUL bytes; CSV text never does.
        if (containsNul(head, length)) {
            return Optional.empty();
        }
        if (decodes(head, 0, length, StandardCharsets.UTF_8)) {
            return Optional.of(UTF_8);
        }
        if (decodes(head, 0, length, CP949.charset)) {
            return Optional.of(CP949);
        }
        return Optional.empty();
    }

    /** A decoder that marks undecodable bytes with U+FFFD so the reader can name the row they are in. */
    CharsetDecoder markingDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNREADABLE));
    }

    private static boolean decodes(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length - offset);
        CharBuffer out = CharBuffer.allocate(1024);
        while (true) {
            // endOfInput=false: a sample cut inside a multi-byte character simply leaves those bytes unread.
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return in.remaining() < 4;
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
