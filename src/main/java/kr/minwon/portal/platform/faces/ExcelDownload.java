package kr.minwon.portal.platform.faces;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import kr.minwon.portal.platform.xlsx.XlsxSheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list page's "엑셀로 내보내기": the rows under the page's current filter as an xlsx download named
 * {@code <base>-<office date>.xlsx}, headers from the bundle in the viewer's language, rows fetched from the facade a
 * page at a time (the same facade and roles as the table, so the file never shows more than the page may).
 */
public final class ExcelDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows asked of a facade per call while exporting. */
    public static final int PAGE = 500;

    /** One page of a list's rows. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> rows(int first, int size);
    }

    /** Writes one row of the sheet for one item of the list. */
    @FunctionalInterface
    public interface Line<T> {
        void write(XlsxSheet sheet, T row, FacesContext faces);
    }

    private ExcelDownload() {}

    /**
     * The download; the rows are read and written only when the response is sent.
     *
     * @param base the file name before the date, ASCII (e.g. "my-petitions")
     * @param titleKey the bundle key of the sheet's name
     * @param headerKeys the bundle keys of the columns
     */
    public static <T> StreamedContent of(
            String base, LocalDate day, String titleKey, List<String> headerKeys, Page<T> page, Line<T> line) {
        return DefaultStreamedContent.builder()
                .name(base + "-" + day + ".xlsx")
                .contentType(CONTENT_TYPE)
                .writer(out -> {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    List<String> headers = headerKeys.stream()
                            .map(k -> Messages.text(faces, k))
                            .toList();
                    try (XlsxSheet sheet = XlsxSheet.open(sheetName(Messages.text(faces, titleKey)), headers)) {
                        each(page, row -> line.write(sheet, row, faces));
                        sheet.writeTo(out);
                    }
                })
                .build();
    }

    /** Every row of a paged list, {@link #PAGE} at a time. */
    public static <T> void each(Page<T> page, Consumer<T> action) {
        for (int first = 0; ; first += PAGE) {
            List<T> rows = page.rows(first, PAGE);
            rows.forEach(action);
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return clean.isEmpty() ? "Sheet1" : clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
