package kr.minwon.portal.bestpractice.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentRulesTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path zip(String name, String... entries) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                String[] parts = e.split("=", 2);
                zip.putNextEntry(new ZipEntry(parts[0]));
                zip.write((parts.length > 1 ? parts[1] : "x").getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return p;
    }

    static final byte[] PDF =
            "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
    };

    /** An OLE2 compound file with these streams ("Dir/stream" makes a storage). */
    private Path ole2(String name, String... streams) throws IOException {
        Path p = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String s : streams) {
                DirectoryEntry d = fs.getRoot();
                String[] parts = s.split("/");
                for (int i = 0; i < parts.length - 1; i++) {
                    d = d.hasEntry(parts[i]) ? (DirectoryEntry) d.getEntry(parts[i]) : d.createDirectory(parts[i]);
                }
                d.createDocument(parts[parts.length - 1], new ByteArrayInputStream(new byte[] {1, 2, 3, 4}));
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                fs.writeFilesystem(out);
            }
        }
        return p;
    }

    @Test
    void an_hwp_must_carry_hwps_own_streams_and_an_hwpx_hwps_mimetype() throws IOException {
        assertMismatch("계획.hwp", file("bare.hwp", OLE2));
        assertMismatch("계획.hwp", ole2("doc.hwp", "WordDocument", "\u0005SummaryInformation"));
        assertMismatch("계획.hwpx", zip("c.hwpx", "Contents/content.hpf", "META-INF/container.xml"));
    }

    @Test
    void files_with_macros_are_refused() throws IOException {
        Path hwpWithMacros = ole2("m.hwp", "FileHeader", "\u0005HwpSummaryInformation", "Macros/VBA/dir");
        assertThatThrownBy(() -> AttachmentRules.check("계획.hwp", hwpWithMacros))
                .isInstanceOf(AttachmentRefused.class)
                .hasMessageContaining("매크로");
        Path vba = ole2("v.hwp", "FileHeader", "\u0005HwpSummaryInformation", "_VBA_PROJECT_CUR/VBA/dir");
        assertThatThrownBy(() -> AttachmentRules.check("계획.hwp", vba)).hasMessageContaining("매크로");
        Path docm = zip("a.docx", "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
        assertThatThrownBy(() -> AttachmentRules.check("문서.docx", docm)).hasMessageContaining("매크로");
        Path xlsm = zip("a.xlsx", "[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin");
        assertThatThrownBy(() -> AttachmentRules.check("표.xlsx", xlsm)).hasMessageContaining("매크로");
    }

    @Test
    void goodFilesAreTheTypeTheirNameSays() throws IOException {
        assertThat(AttachmentRules.check("보고서.pdf", file("a.pdf", PDF))).isEqualTo(FileKind.PDF);
        assertThat(AttachmentRules.check("사진.PNG", file("a.png", PNG))).isEqualTo(FileKind.PNG);
        assertThat(AttachmentRules.check("사진.jpg", file("a.jpg", JPEG))).isEqualTo(FileKind.JPEG);
        assertThat(AttachmentRules.check("사진.jpeg", file("b.jpg", JPEG))).isEqualTo(FileKind.JPEG);
        assertThat(AttachmentRules.check(
                        "계획.hwp", ole2("a.hwp", "FileHeader", "\u0005HwpSummaryInformation", "BodyText/Section0")))
                .isEqualTo(FileKind.HWP);
        assertThat(AttachmentRules.check(
                        "계획.hwpx", zip("a.hwpx", "mimetype=application/hwp+zip", "Contents/section0.xml")))
                .isEqualTo(FileKind.HWPX);
        assertThat(AttachmentRules.check("문서.docx", zip("a.docx", "[Content_Types].xml", "word/document.xml")))
                .isEqualTo(FileKind.DOCX);
        assertThat(AttachmentRules.check("표.xlsx", zip("a.xlsx", "[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo(FileKind.XLSX);
        assertThat(AttachmentRules.check("발표.pptx", zip("a.pptx", "[Content_Types].xml", "ppt/presentation.xml")))
                .isEqualTo(FileKind.PPTX);
    }

    @Test
    void contentThatDoesNotMatchTheExtensionIsRefused() throws IOException {
        assertMismatch("보고서.pdf", file("x1", PNG));
        assertMismatch("사진.png", file("x2", PDF));
        assertMismatch("사진.jpg", file("x3", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertMismatch("문서.docx", zip("x4", "[Content_Types].xml", "xl/workbook.xml"));
        assertMismatch("표.xlsx", zip("x5", "evil.exe"));
        assertMismatch("계획.hwpx", zip("x6", "word/document.xml"));
        assertMismatch("계획.hwp", file("x7", PDF));
        assertMismatch("보고서.pdf", file("x8", new byte[0]));
        assertMismatch("발표.pptx", file("x9", new byte[] {'P', 'K', 3, 4, 0, 0}));
    }

    private static void assertMismatch(String name, Path content) {
        assertThatThrownBy(() -> AttachmentRules.check(name, content))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class,
                        r -> assertThat(r.why()).isEqualTo(AttachmentRefused.Why.CONTENT_MISMATCH))
                .hasMessageContaining("확장자");
    }

    @Test
    void typesOutsideTheListAreRefusedByName() {
        assertThatThrownBy(() -> AttachmentRules.claimedKind("setup.exe"))
                .isInstanceOf(AttachmentRefused.class)
                .hasMessageContaining("hwp, hwpx, pdf");
        assertThatThrownBy(() -> AttachmentRules.claimedKind("page.html")).isInstanceOf(AttachmentRefused.class);
        assertThatThrownBy(() -> AttachmentRules.claimedKind("image.svg")).isInstanceOf(AttachmentRefused.class);
    }

    @Test
    void oversizedFilesAndFullCasesAreRefused() {
        long mb = 1024 * 1024;
        AttachmentRules.checkSize(20 * mb, 20 * mb, 80 * mb, 100 * mb);
        assertThatThrownBy(() -> AttachmentRules.checkSize(20 * mb + 1, 20 * mb, 0, 100 * mb))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class, r -> assertThat(r.why()).isEqualTo(AttachmentRefused.Why.TOO_LARGE))
                .hasMessageContaining("20 MB");
        assertThatThrownBy(() -> AttachmentRules.checkSize(10 * mb, 20 * mb, 95 * mb, 100 * mb))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class, r -> assertThat(r.why()).isEqualTo(AttachmentRefused.Why.CASE_FULL))
                .hasMessageContaining("100 MB");
        assertThatThrownBy(() -> AttachmentRules.checkSize(0, 20 * mb, 0, 100 * mb))
                .isInstanceOf(AttachmentRefused.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..\\x.pdf",
                "a/b.pdf",
                "C:\\Windows\\x.pdf",
                "/etc/passwd.pdf",
                "..",
                "../x.pdf",
                "x.pdf\u0000.exe",
                "x\u0000.pdf",
                "보고서\n.pdf",
                "x\r.pdf",
                "abc\u202Efdp.exe",
                "\u0007bell.pdf",
                ".pdf",
                "noextension",
                "   "
            })
    void pathsControlCharactersAndNamelessFilesAreRefused(String name) {
        assertThatThrownBy(() -> AttachmentRules.cleanName(name))
                .isInstanceOfSatisfying(
                        AttachmentRefused.class, r -> assertThat(r.why()).isEqualTo(AttachmentRefused.Why.NAME));
    }

    @Test
    void namesAreTrimmedNormalizedAndShortenedKeepingTheExtension() {
        assertThat(AttachmentRules.cleanName("  토요민원실  결과 보고.pdf ")).isEqualTo("토요민원실 결과 보고.pdf");
        assertThat(AttachmentRules.cleanName("a<b>:c?.pdf")).isEqualTo("a_b__c_.pdf");
        String longName = "가".repeat(300) + ".hwpx";
        String clean = AttachmentRules.cleanName(longName);
        assertThat(clean).hasSizeLessThanOrEqualTo(AttachmentRules.MAX_NAME).endsWith(".hwpx");
        // Decomposed Hangul (as macOS sends it) is stored composed.
        assertThat(AttachmentRules.cleanName("\u1112\u1161\u11ab.pdf")).isEqualTo("한.pdf");
    }
}
