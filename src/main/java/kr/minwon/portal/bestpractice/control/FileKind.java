package kr.minwon.portal.bestpractice.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The attachment types a case accepts, each with its file name extensions and the content type it is served as. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    HWP("application/x-hwp", "hwp"),
    HWPX("application/hwp+zip", "hwpx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<FileKind> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileKind k : values()) {
            if (k.extensions.contains(ext)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** "hwp, hwpx, pdf, ..." for messages and the upload widget. */
    public static String allExtensions() {
        return String.join(", ", List.of("hwp", "hwpx", "pdf", "pptx", "xlsx", "docx", "png", "jpg"));
    }
}
