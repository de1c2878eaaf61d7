package kr.minwon.portal.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvEncodingTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");

    @Test
    void aUtf8ByteOrderMarkMeansUtf8WithBom() {
        byte[] bytes = withBom("접수번호,접수일시\n".getBytes(StandardCharsets.UTF_8));

        assertThat(CsvEncoding.detect(bytes)).contains(CsvEncoding.UTF_8_WITH_BOM);
    }

    @Test
    void validUtf8WithoutBomIsUtf8() {
        assertThat(CsvEncoding.detect("접수번호,접수일시\n".getBytes(StandardCharsets.UTF_8)))
                .contains(CsvEncoding.UTF_8);
    }

    @Test
    void plainAsciiIsReadAsUtf8() {
        assertThat(CsvEncoding.detect("receipt_no\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(CsvEncoding.UTF_8);
    }

    @Test
    void koreanTextThatIsNotUtf8IsCp949() {
        assertThat(CsvEncoding.detect("접수번호,똠방각하,뷁\n".getBytes(CP949))).contains(CsvEncoding.CP949);
    }

    @Test
    void aSampleCutInsideACharacterIsNotHeldAgainstTheFile() {
        byte[] utf8 = "접수번호".getBytes(StandardCharsets.UTF_8);
        byte[] cp949 = "접수번호".getBytes(CP949);

        assertThat(CsvEncoding.detect(Arrays.copyOf(utf8, utf8.length - 1))).contains(CsvEncoding.UTF_8);
        assertThat(CsvEncoding.detect(Arrays.copyOf(cp949, cp949.length - 1))).contains(CsvEncoding.CP949);
    }

    @Test
    void utf16IsRefused() {
        assertThat(CsvEncoding.detect("접수번호,receipt_no\n".getBytes(StandardCharsets.UTF_16)))
                .isEmpty();
        assertThat(CsvEncoding.detect("접수번호,receipt_no\n".getBytes(StandardCharsets.UTF_16LE)))
                .isEmpty();
    }

    @Test
    void binaryIsRefused() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertThat(CsvEncoding.detect(noise)).isEmpty();
    }

    @Test
    void bytesValidInNeitherEncodingAreRefusedEvenWithoutNul() {
        byte[] bytes = {'a', ',', (byte) 0x80, (byte) 0xFF, 'b', '\n'};

        assertThat(CsvEncoding.detect(bytes)).isEmpty();
    }

    private static byte[] withBom(byte[] text) {
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }
}
