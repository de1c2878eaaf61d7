package kr.minwon.portal.platform.csv;

import static kr.minwon.portal.platform.csv.PetitionColumns.CHANNEL;
import static kr.minwon.portal.platform.csv.PetitionColumns.COMPOUND;
import static kr.minwon.portal.platform.csv.PetitionColumns.RECEIPT_NO;
import static kr.minwon.portal.platform.csv.PetitionColumns.RECEIVED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvValuesTest {

    private static final ZoneId SEOUL = CsvValues.OFFICE_ZONE;

    enum Channel {
        COUNTER,
        ONLINE,
        KIOSK,
        OFFICE365
    }

    private static final Map<String, Channel> CHANNEL_ALIASES =
            Map.of("방문", Channel.COUNTER, "온라인", Channel.ONLINE, "무인발급", Channel.KIOSK, "365", Channel.OFFICE365);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-05-29 15:00         | 2026-05-29T15:00",
                "2026-05-29 15:00:30      | 2026-05-29T15:00:30",
                "2026-5-9 9:05            | 2026-05-09T09:05",
                "2026-05-29T15:00         | 2026-05-29T15:00",
                "2026-05-29T15:00:30      | 2026-05-29T15:00:30",
                "2026-05-29T15:00+09:00   | 2026-05-29T15:00",
                "2026-05-29T06:00Z        | 2026-05-29T15:00",
                "2026-05-29T00:00-03:00   | 2026-05-29T12:00",
                "2028-02-29 23:59         | 2028-02-29T23:59",
                "2026-12-31 00:00         | 2026-12-31T00:00",
                " 2026-05-29 15:00        | 2026-05-29T15:00",
            })
    void readsTheAcceptedDateTimeFormsAsOfficeLocalTime(String text, LocalDateTime expected) {
        assertThat(CsvValues.parseDateTime(text, SEOUL)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-05-29",
                "2026/05/29 15:00",
                "2026-02-30 10:00",
                "2026-05-29 25:00",
                "어제",
                "15:00",
                // the exact yyyy-MM-dd HH:mm form is read without a formatter: the same refusals there
                "2026-02-29 10:00",
                "2026-13-01 10:00",
                "2026-00-10 10:00",
                "2026-04-31 10:00",
                "2026-05-29 24:00",
                "2026-05-29 10:60",
                "2026-05-2x 10:00",
                "2026-05-29 1a:00",
                "2026-05-29T10:0Z"
            })
    void refusesOtherDateTimes(String text) {
        assertThat(CsvValues.parseDateTime(text, SEOUL)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Y,true",
        "y,true",
        "YES,true",
        "true,true",
        "예,true",
        "N,false",
        "no,false",
        "FALSE,false",
        "아니오,false",
        "아니요,false"
    })
    void readsYesAndNo(String text, boolean expected) {
        assertThat(CsvValues.parseYesNo(text)).contains(expected);
    }

    @Test
    void refusesAnythingElseAsYesOrNo() {
        assertThat(CsvValues.parseYesNo("maybe")).isEmpty();
        assertThat(CsvValues.parseYesNo("1")).isEmpty();
    }

    @Test
    void readsWholeNumbersOnly() {
        assertThat(CsvValues.parseInteger(" 14 ")).contains(14);
        assertThat(CsvValues.parseInteger("14일")).isEmpty();
        assertThat(CsvValues.parseInteger("1.5")).isEmpty();
    }

    @Test
    void readsEnumValuesByNameInAnyCaseOrByKoreanAlias() {
        assertThat(CsvValues.parseChoice("counter", Channel.class, CHANNEL_ALIASES))
                .contains(Channel.COUNTER);
        assertThat(CsvValues.parseChoice("방문", Channel.class, CHANNEL_ALIASES)).contains(Channel.COUNTER);
        assertThat(CsvValues.parseChoice("365", Channel.class, CHANNEL_ALIASES)).contains(Channel.OFFICE365);
        assertThat(CsvValues.parseChoice("팩스", Channel.class, CHANNEL_ALIASES)).isEmpty();
    }

    @Test
    void aFileReadsChoicesByNameInAnyCaseAndSpacingOrByAlias() throws IOException {
        String csv = "receipt_no,type_code,received_at,handler_no,channel\n"
                + "A-1,T01,2026-05-29 15:00,1,counter\nA-2,T01,2026-05-29 15:00,1, Office 365\n"
                + "A-3,T01,2026-05-29 15:00,1,온라인\nA-4,T01,2026-05-29 15:00,1,365\n";
        try (CsvSheet sheet = open(csv)) {
            CsvValues values = new CsvValues(sheet.report());
            List<Channel> read = new ArrayList<>();
            sheet.forEach(row -> read.add(values.choice(row, CHANNEL, Channel.class, CHANNEL_ALIASES)));
            assertThat(read).containsExactly(Channel.COUNTER, Channel.OFFICE365, Channel.ONLINE, Channel.OFFICE365);
            assertThat(sheet.report().hasErrors()).isFalse();
        }
    }

    @Test
    void recordsEachBadValueWithItsRowColumnAndReason() throws IOException {
        String csv = "receipt_no,type_code,received_at,handler_no,channel,compound\n"
                + "A-1,T01,2026-05-29 15:00,1,방문,Y\n"
                + ",T01,29.05.2026,1,택배,maybe\n";

        try (CsvSheet sheet = open(csv)) {
            CsvValues values = new CsvValues(sheet.report());
            List<Object> first = new ArrayList<>();
            for (CsvRow row : sheet) {
                List<Object> read = new ArrayList<>();
                read.add(values.text(row, RECEIPT_NO));
                read.add(values.dateTime(row, RECEIVED_AT));
                read.add(values.choice(row, CHANNEL, Channel.class, CHANNEL_ALIASES));
                read.add(values.yesNo(row, COMPOUND));
                if (first.isEmpty()) {
                    first.addAll(read);
                }
            }

            assertThat(first).containsExactly("A-1", LocalDateTime.of(2026, 5, 29, 15, 0), Channel.COUNTER, true);
            assertThat(sheet.report().problems())
                    .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::value, CsvProblem::reason)
                    .containsExactly(
                            tuple(3, "receipt_no", null, CsvProblem.Reason.REQUIRED),
                            tuple(3, "received_at", "29.05.2026", CsvProblem.Reason.BAD_FORMAT),
                            tuple(3, "channel", "택배", CsvProblem.Reason.UNKNOWN_VALUE),
                            tuple(3, "compound", "maybe", CsvProblem.Reason.BAD_FORMAT));
            assertThat(sheet.report().problems().get(1).message()).startsWith("형식이 올바르지 않습니다 (예:");
            assertThat(sheet.report().problems().get(2).message()).contains("COUNTER", "방문");
        }
    }

    @Test
    void anEmptyOptionalCellIsNullWithoutAProblem() throws IOException {
        try (CsvSheet sheet =
                open("receipt_no,type_code,received_at,handler_no,compound\nA-1,T01,2026-05-29 15:00,1,\n")) {
            CsvValues values = new CsvValues(sheet.report());
            CsvRow row = sheet.iterator().next();

            assertThat(values.yesNo(row, COMPOUND)).isNull();
            assertThat(sheet.report().hasErrors()).isFalse();
        }
    }

    @Test
    void aRepeatedKeyIsReportedWithTheRowWhereItFirstAppeared() throws IOException {
        String csv = "receipt_no,type_code,received_at,handler_no\n"
                + "A-1,T01,2026-05-29 15:00,1\n"
                + "A-2,T01,2026-05-29 15:00,1\n"
                + "A-1,T01,2026-05-29 15:00,1\n";

        try (CsvSheet sheet = open(csv)) {
            CsvValues values = new CsvValues(sheet.report());
            List<String> keys = new ArrayList<>();
            sheet.forEach(row -> keys.add(values.uniqueText(row, RECEIPT_NO)));

            assertThat(keys).containsExactly("A-1", "A-2", null);
            assertThat(sheet.report().problems()).singleElement().satisfies(problem -> {
                assertThat(problem.rowNumber()).isEqualTo(4);
                assertThat(problem.reason()).isEqualTo(CsvProblem.Reason.DUPLICATE_KEY);
                assertThat(problem.message()).endsWith("처음 나온 행: 2)");
            });
        }
    }

    @Test
    void readsSemicolonSeparatedChoicesDroppingRepeats() throws IOException {
        CsvColumn channels = CsvColumn.optional("channels", "접수경로목록");
        CsvSchema schema = CsvSchema.of(CsvColumn.required("employee_no", "사번"), channels);
        String csv = "사번,접수경로목록\n100200,ONLINE; 방문 ;online\n100201,\n100202,ONLINE;택배\n";

        try (CsvSheet sheet = CsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), schema)) {
            CsvValues values = new CsvValues(sheet.report());
            List<List<Channel>> read = new ArrayList<>();
            sheet.forEach(row -> read.add(values.choices(row, channels, Channel.class, CHANNEL_ALIASES)));

            assertThat(read).containsExactly(List.of(Channel.ONLINE, Channel.COUNTER), List.of(), null);
            assertThat(sheet.report().problems())
                    .extracting(CsvProblem::rowNumber, CsvProblem::value)
                    .containsExactly(tuple(4, "택배"));
        }
    }

    private static CsvSheet open(String csv) throws IOException {
        return CsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), PetitionColumns.SCHEMA);
    }
}
