package kr.minwon.portal.notice.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of one notice, the same in the inbox, the e-mail and the SMS: the stage, the petition, its deadline and a
 * link. Korean only, because every recipient is a Korean civil servant and SMS gateways bill by length.
 */
public record NoticeText(String title, String body, String sms) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd(E) HH:mm", Locale.KOREAN);

    /** What a notice is about. */
    public record Subject(String receiptNo, String typeName, LocalDateTime deadline, String handlerName, String link) {}

    public static NoticeText of(Stage stage, LocalDate stageDay, int daysOverdue, Subject s) {
        String due = WHEN.format(s.deadline());
        String headline = switch (stage.kind()) {
            case DAYS_BEFORE -> "처리기한 " + stage.amount() + "일 전 (D-" + stage.amount() + ")";
            case DEADLINE_DAY -> "오늘 처리기한 (D-day)";
            case HOURS_LEFT -> "처리기한까지 " + stage.amount() + "근무시간 남음";
            case OVERDUE -> "처리기한 " + daysOverdue + "일 경과";
        };
        String title = "[민원 사전예고] " + headline + " · " + s.receiptNo();
        String body = headline + "\n"
                + "접수번호: " + s.receiptNo() + "\n"
                + "민원사무: " + s.typeName() + "\n"
                + "담당자: " + s.handlerName() + "\n"
                + "처리기한: " + due + "\n"
                + (stage.kind() == Stage.Kind.OVERDUE
                        ? "처리기한이 지났습니다. 민원 처리에 관한 법률 시행령 제28조에 따라 독촉 대상입니다.\n"
                        : "기한 안에 처리되도록 확인해 주십시오.\n")
                + "바로가기: " + s.link() + "\n";
        String sms = "[민원포털] " + s.receiptNo() + " " + headline + ", 기한 " + due;
        return new NoticeText(title, body, sms);
    }

    /** The auditor's reminder (독촉장) to a department head. */
    public static NoticeText reminder(Subject s, int daysOverdue, String note, String auditorName) {
        String title = "[독촉] 처리기한 " + daysOverdue + "일 경과 민원 · " + s.receiptNo();
        String body = "민원 처리에 관한 법률 시행령 제28조에 따라 처리기한이 지난 민원의 조속한 처리를 요청합니다.\n"
                + "접수번호: " + s.receiptNo() + "\n"
                + "민원사무: " + s.typeName() + "\n"
                + "담당자: " + s.handlerName() + "\n"
                + "처리기한: " + WHEN.format(s.deadline()) + " (" + daysOverdue + "일 경과)\n"
                + (note == null || note.isBlank() ? "" : "심사관 의견: " + note.trim() + "\n")
                + "발신: " + auditorName + "\n"
                + "바로가기: " + s.link() + "\n";
        return new NoticeText(title, body, "[민원포털 독촉] " + s.receiptNo() + " 기한 " + daysOverdue + "일 경과");
    }
}
