package kr.minwon.portal.platform.csv;

import java.io.Serializable;

/**
 * How big an uploaded import file may be: the one place the limits live, shared by each import screen (its
 * {@code sizeLimit} and its own check) and each import endpoint (413 over the limit).
 *
 * @param maxBytes the largest accepted file, in bytes
 */
public record UploadLimit(long maxBytes) implements Serializable {

    /** Departments, staff, petitions and clock-stops CSV files: 100,000 rows fit easily. */
    public static final UploadLimit CSV_IMPORT = ofMegabytes(50);

    /**
     * The same files uploaded on a screen: every page request is capped at 10 MB ({@code portal.upload.max.bytes},
     * issue 14), so a screen says and checks that; larger histories go through the REST import ({@link #CSV_IMPORT}).
     */
    public static final UploadLimit CSV_SCREEN = ofMegabytes(10);

    /** The petition-type catalogue: a few hundred rows; anything bigger is not a catalogue. */
    public static final UploadLimit CATALOGUE = ofMegabytes(5);

    /** A saved 특일정보 (special days) reply for a few years is a few hundred kilobytes. */
    public static final UploadLimit HOLIDAYS = ofMegabytes(2);

    public UploadLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    public static UploadLimit ofMegabytes(long megabytes) {
        return new UploadLimit(megabytes * 1024 * 1024);
    }

    /** Whether a file of {@code size} bytes is over the limit. */
    public boolean exceeds(long size) {
        return size > maxBytes;
    }

    /** The limit in whole megabytes, for messages. */
    public long megabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** For Expression Language (a page's {@code sizeLimit}), which does not see record accessors. */
    public long getMaxBytes() {
        return maxBytes;
    }
}
