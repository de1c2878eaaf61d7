package kr.minwon.portal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExcelDownloadTest {

    @Test
    void everyRowIsReadAPageAtATimeUntilAShortPage() {
        List<Integer> table = IntStream.range(0, 1234).boxed().toList();
        List<int[]> asked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        ExcelDownload.each(
                (first, size) -> {
                    asked.add(new int[] {first, size});
                    return table.subList(Math.min(first, table.size()), Math.min(first + size, table.size()));
                },
                seen::add);
        assertThat(seen).isEqualTo(table);
        assertThat(asked).extracting(a -> a[0]).containsExactly(0, 500, 1000);
        assertThat(asked).allSatisfy(a -> assertThat(a[1]).isEqualTo(ExcelDownload.PAGE));
    }

    @Test
    void aFullLastPageCostsOneEmptyCallMore() {
        List<Integer> seen = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        ExcelDownload.each(
                (first, size) -> {
                    firsts.add(first);
                    return first < 1000
                            ? IntStream.range(first, first + size).boxed().toList()
                            : List.of();
                },
                seen::add);
        assertThat(seen).hasSize(1000);
        assertThat(firsts).containsExactly(0, 500, 1000);
    }

    @Test
    void sheetNamesKeepToWhatExcelAccepts() {
        assertThat(ExcelDownload.sheetName("기한 경과 민원 (독촉 대상)")).isEqualTo("기한 경과 민원 (독촉 대상)");
        assertThat(ExcelDownload.sheetName("a/b:c*d?e[f]g\\h")).isEqualTo("a b c d e f g h");
        assertThat(ExcelDownload.sheetName("x".repeat(40))).hasSize(31);
        assertThat(ExcelDownload.sheetName("///")).isEqualTo("Sheet1");
    }
}
