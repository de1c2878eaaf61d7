package kr.minwon.portal.staff.boundary;

import java.io.Serializable;
import java.util.List;

/** What an accepted import did: rows created, updated and left as they were, and notes for the uploader. */
public record ImportResult(int created, int updated, int unchanged, List<String> warnings) implements Serializable {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
