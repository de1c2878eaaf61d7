package kr.minwon.portal.petition.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import kr.minwon.portal.petition.control.PetitionTypeCsv.Parsed;
import kr.minwon.portal.petition.control.PetitionTypeCsv.TypeRow;
import kr.minwon.portal.platform.csv.CsvProblem;
import org.junit.jupiter.api.Test;

class PetitionTypeCsvTest {

    private static Parsed parse(String text) throws IOException {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Parsed parse(byte[] bytes) throws IOException {
        return PetitionTypeCsv.parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void koreanHeadersAndKoreanUnitsMapToTypeRows() throws IOException {
        Parsed parsed = parse("민원사무코드,민원사무명,처리기간,단위,복합민원,마일리지대상,사전예고대상,사용\n"
                + "C0001,건축물대장 등본 발급,,즉시,N,N,N,Y\n"
                + "C0002,토지이용계획 확인,3,일,아니오,예,예,예\n"
                + "C0003,개발행위허가,15,일,Y,Y,Y,N\n"
                + "C0004,정보공개청구,10,일,N,Y,Y,Y\n"
                + "C0005,공장설립승인,2,개월,Y,Y,N,Y\n");

        assertThat(parsed.isClean()).isTrue();
        assertThat(parsed.rows())
                .extracting(TypeRow::code, TypeRow::period, TypeRow::compound, TypeRow::active)
                .containsExactly(
                        tuple("C0001", LegalPeriod.immediate(), false, true),
                        tuple("C0002", LegalPeriod.days(3), false, true),
                        tuple("C0003", LegalPeriod.days(15), true, false),
                        tuple("C0004", LegalPeriod.days(10), false, true),
                        tuple("C0005", new LegalPeriod(2, PeriodUnit.MONTH), true, true));
        assertThat(parsed.rows().get(0).row()).isEqualTo(2);
    }

    @Test
    void englishHeadersAndUnitNamesWorkToo() throws IOException {
        Parsed parsed = parse("code,name,period,unit,compound,mileage_eligible,notice_eligible,active\n"
                + "X1,Permit,4,hour,no,yes,yes,true\n"
                + "X2,Licence,1,WEEK,N,Y,Y,Y\n");

        assertThat(parsed.isClean()).isTrue();
        assertThat(parsed.rows())
                .extracting(TypeRow::period)
                .containsExactly(LegalPeriod.hours(4), new LegalPeriod(1, PeriodUnit.WEEK));
    }

    @Test
    void leftOutFlagColumnsStayNullSoThatExistingTypesKeepTheirOwn() throws IOException {
        Parsed parsed = parse("민원사무코드,민원사무명,처리기간,단위\nC0002,토지이용계획 확인,3,일\n");

        assertThat(parsed.rows()).singleElement().satisfies(r -> {
            assertThat(r.compound()).isNull();
            assertThat(r.mileageEligible()).isNull();
            assertThat(r.noticeEligible()).isNull();
            assertThat(r.active()).isNull();
        });
    }

    @Test
    void everyBadRowIsReportedWithItsSpreadsheetRowAndColumn() throws IOException {
        Parsed parsed = parse("민원사무코드,민원사무명,처리기간,단위,복합민원\n"
                + "C0001,좋은 행,3,일,N\n"
                + ",이름만 있음,3,일,N\n"
                + "C0003,기간 없음,,일,N\n"
                + "C0004,기간 0,0,일,N\n"
                + "C0005,단위 모름,3,분,N\n"
                + "C0006,복합 모름,3,일,아마\n"
                + "C0001,코드 중복,3,일,N\n");

        assertThat(parsed.isClean()).isFalse();
        assertThat(parsed.rows()).extracting(TypeRow::code).containsExactly("C0001");
        assertThat(parsed.report().problems())
                .extracting(CsvProblem::rowNumber, CsvProblem::column, CsvProblem::reason)
                .containsExactly(
                        tuple(3, "code", CsvProblem.Reason.REQUIRED),
                        tuple(4, "period", CsvProblem.Reason.REQUIRED),
                        tuple(5, "period", CsvProblem.Reason.BAD_FORMAT),
                        tuple(6, "unit", CsvProblem.Reason.UNKNOWN_VALUE),
                        tuple(7, "compound", CsvProblem.Reason.BAD_FORMAT),
                        tuple(8, "code", CsvProblem.Reason.DUPLICATE_KEY));
    }

    @Test
    void tooLongCodesAndNamesAreRefusedAsSaveWouldRefuseThem() throws IOException {
        Parsed parsed =
                parse("code,name,period,unit\n" + "X".repeat(41) + ",ok,3,day\nX2," + "가".repeat(201) + ",3,day\n");

        assertThat(parsed.report().problems())
                .extracting(CsvProblem::rowNumber, CsvProblem::column)
                .containsExactly(tuple(2, "code"), tuple(3, "name"));
    }

    @Test
    void aFileWithoutTheUnitColumnIsRefusedAsAWhole() throws IOException {
        Parsed parsed = parse("민원사무코드,민원사무명,처리기간\nC0001,발급,3\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.report().problems())
                .extracting(CsvProblem::reason)
                .containsExactly(CsvProblem.Reason.MISSING_COLUMN);
    }

    @Test
    void aHeaderWithoutRowsIsAProblemNotASilentSuccess() throws IOException {
        Parsed parsed = parse("code,name,period,unit\n");

        assertThat(parsed.isClean()).isFalse();
    }

    @Test
    void cp949FilesFromSpreadsheetsAreRead() throws IOException {
        Parsed parsed =
                parse("민원사무코드,민원사무명,처리기간,단위\r\nC0009,주민등록표 열람,,즉시\r\n".getBytes(Charset.forName("x-windows-949")));

        assertThat(parsed.rows()).extracting(TypeRow::name).containsExactly("주민등록표 열람");
    }
}
