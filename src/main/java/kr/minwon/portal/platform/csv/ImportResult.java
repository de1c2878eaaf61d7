package kr.minwon.portal.platform.csv;

import java.io.Serializable;
import java.util.List;

/**
 * What an accepted import did, the same for every import screen and endpoint (departments, staff, petitions, clock
 * stops, petition types): rows created, updated and left as they were, and notes for the uploader.
 */
public record ImportResult(int created, int updated, int unchanged, List<String> warnings) implements Serializable {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
