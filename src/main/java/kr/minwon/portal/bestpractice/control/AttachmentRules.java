package kr.minwon.portal.bestpractice.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.minwon.portal.platform.text.Texts;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks an uploaded file before it is kept: a clean name (no path parts, no control characters, bounded length), an
 * allowed extension, a size within the limits, and content whose magic bytes (and, for ZIP-based formats, entries)
 * say the same type as the extension. Only entry names of a ZIP are read, never its data, so a ZIP bomb costs nothing.
 * An .hwp must be an OLE2 file with HWP's streams, an .hwpx a ZIP whose mimetype is HWP's; files with macros (OLE2
 * VBA/Macros storages, OOXML vbaProject.bin) are refused.
 */
public final class AttachmentRules {

    public static final int MAX_NAME = 100;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private AttachmentRules() {}

    /**
     * The name to store, or a refusal: path parts ("../x", "a/b", "a\\b", "C:x") and control or direction characters
     * (NUL, newline, RTL override) are refused, not silently cut, so nobody is surprised by what was kept.
     */
    public static String cleanName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new AttachmentRefused(AttachmentRefused.Why.NAME, Texts.t("bestpractice.msg.AttachmentRules.6"));
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw new AttachmentRefused(AttachmentRefused.Why.NAME, Texts.t("bestpractice.msg.AttachmentRules.5"));
            }
        }
        if (name.contains("/") || name.contains("\\") || name.startsWith("..")) {
            throw new AttachmentRefused(AttachmentRefused.Why.NAME, Texts.t("bestpractice.msg.AttachmentRules.4"));
        }
        if (name.startsWith(".") || name.lastIndexOf('.') <= 0) {
            throw new AttachmentRefused(AttachmentRefused.Why.NAME, Texts.t("bestpractice.msg.AttachmentRules.3"));
        }
        name = name.replaceAll("[\"<>|*?:]", "_").replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = name.substring(dot);
            name = name.substring(0, Math.max(1, MAX_NAME - ext.length())).strip() + ext;
        }
        return name;
    }

    /** The type the (clean) name claims, or a refusal naming the allowed types. */
    public static FileKind claimedKind(String cleanName) {
        return FileKind.byExtension(cleanName)
                .orElseThrow(() -> new AttachmentRefused(
                        AttachmentRefused.Why.TYPE, Texts.t("cases.msg.fileType", FileKind.allExtensions())));
    }

    public static void checkSize(long size, long maxEach, long alreadyOnCase, long maxPerCase) {
        if (size > maxEach) {
            throw new AttachmentRefused(
                    AttachmentRefused.Why.TOO_LARGE, Texts.t("cases.msg.fileTooLarge", megabytes(maxEach)));
        }
        if (size <= 0) {
            throw new AttachmentRefused(
                    AttachmentRefused.Why.UNREADABLE, Texts.t("bestpractice.msg.AttachmentRules.2"));
        }
        if (alreadyOnCase + size > maxPerCase) {
            throw new AttachmentRefused(
                    AttachmentRefused.Why.CASE_FULL, Texts.t("cases.msg.caseFull", megabytes(maxPerCase)));
        }
    }

    /** The checked type of a stored upload: its content must say what its name says. */
    public static FileKind check(String cleanName, Path content) {
        FileKind claimed = claimedKind(cleanName);
        Optional<FileKind> actual = sniff(content);
        if (actual.isEmpty() || actual.get() != claimed) {
            throw new AttachmentRefused(
                    AttachmentRefused.Why.CONTENT_MISMATCH,
                    Texts.t("cases.msg.contentMismatch", claimed.extensions().get(0))
                            + actual.map(k -> Texts.t(
                                            "cases.msg.actualType",
                                            k.extensions().get(0)))
                                    .orElse("") + ".");
        }
        return claimed;
    }

    /** The type the content says it is, from its first bytes and, for a ZIP, its entry names. */
    public static Optional<FileKind> sniff(Path content) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(content)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
        head = Arrays.copyOf(head, n);
        if (startsWith(head, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (startsWith(head, OLE2)) {
            return ole2Kind(content);
        }
        if (startsWith(head, ZIP)) {
            return zipKind(content);
        }
        return Optional.empty();
    }

    /**
     * An OLE2 compound file is HWP 5 only when its directory holds HWP's own streams ("FileHeader" and
     * "\u0005HwpSummaryInformation"); one with VBA or "Macros" storages is refused whatever it claims (행정안전부
     * 시큐어코딩 가이드: 위험한 형식 파일 업로드). Only the directory is read, never the streams' data.
     */
    private static Optional<FileKind> ole2Kind(Path content) {
        List<String> names = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(content.toFile(), true)) {
            collect(fs.getRoot(), names, 0);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(AttachmentRules::isMacroEntry)) {
            throw new AttachmentRefused(
                    AttachmentRefused.Why.CONTENT_MISMATCH, Texts.t("bestpractice.msg.AttachmentRules.1"));
        }
        boolean header = names.contains("FileHeader");
        boolean summary = names.stream().anyMatch(n -> n.endsWith("HwpSummaryInformation"));
        return header && summary ? Optional.of(FileKind.HWP) : Optional.empty();
    }

    private static void collect(DirectoryEntry dir, List<String> names, int depth) {
        if (depth > 8 || names.size() > 10_000) {
            return;
        }
        for (Entry e : dir) {
            names.add(e.getName());
            if (e instanceof DirectoryEntry d) {
                collect(d, names, depth + 1);
            }
        }
    }

    static boolean isMacroEntry(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.equals("vba")
                || n.equals("macros")
                || n.equals("_vba_project_cur")
                || n.equals("_vba_project")
                || n.equals("vbaproject.bin")
                || n.endsWith("/vbaproject.bin")
                || n.equals("vbadata.xml")
                || n.endsWith("/vbadata.xml");
    }

    private static Optional<FileKind> zipKind(Path content) {
        try (ZipFile zip = new ZipFile(content.toFile())) {
            boolean word = false, xl = false, ppt = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (isMacroEntry(name)) {
                    throw new AttachmentRefused(
                            AttachmentRefused.Why.CONTENT_MISMATCH, Texts.t("bestpractice.msg.AttachmentRules.1"));
                }
                word |= name.startsWith("word/");
                xl |= name.startsWith("xl/");
                ppt |= name.startsWith("ppt/");
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 100) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (type.equals("application/hwp+zip")) {
                        return Optional.of(FileKind.HWPX);
                    }
                }
            }
            // Office files name [Content_Types].xml; exactly one of the three parts tells which application.
            if (word && !xl && !ppt) {
                return Optional.of(FileKind.DOCX);
            }
            if (xl && !word && !ppt) {
                return Optional.of(FileKind.XLSX);
            }
            if (ppt && !word && !xl) {
                return Optional.of(FileKind.PPTX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
