package kr.minwon.portal.notice.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kr.minwon.portal.platform.text.Texts;

/**
 * The words of one notice, the same in the inbox, the e-mail and the SMS: the stage, the petition, its deadline and a
 * link, in the recipient's language (his own setting; Korean by default). The SMS stays one short line: gateways bill
 * by length.
 */
public record NoticeText(String title, String body, String sms, String sender) {

    /** What a notice is about. */
    public record Subject(String receiptNo, String typeName, LocalDateTime deadline, String handlerName, String link) {}

    /** The same notice in Korean (the office default). */
    public static NoticeText of(Stage stage, LocalDate stageDay, int daysOverdue, Subject s) {
        return of(stage, stageDay, daysOverdue, s, Locale.KOREAN);
    }

    public static NoticeText of(Stage stage, LocalDate stageDay, int daysOverdue, Subject s, Locale l) {
        String due = when(l, s.deadline());
        String headline = headline(stage, daysOverdue, l);
        String title = Texts.in(l, "notice.text.title", headline, s.receiptNo());
        String body = headline + "\n"
                + Texts.in(l, "notice.text.receiptNo", s.receiptNo()) + "\n"
                + Texts.in(l, "notice.text.type", s.typeName()) + "\n"
                + Texts.in(l, "notice.text.handler", s.handlerName()) + "\n"
                + Texts.in(l, "notice.text.deadline", due) + "\n"
                + Texts.in(l, stage.kind() == Stage.Kind.OVERDUE ? "notice.text.overdueNote" : "notice.text.checkNote")
                + "\n"
                + Texts.in(l, "notice.text.link", s.link()) + "\n";
        String sms = Texts.in(l, "notice.text.sms", s.receiptNo(), headline, due);
        return new NoticeText(title, body, sms, Texts.in(l, "notice.text.sender"));
    }

    /** A stage's name as a reader sees it: "D-3 (3 days before the deadline)", "overdue 2 days", … */
    public static String headline(Stage stage, int daysOverdue, Locale l) {
        return switch (stage.kind()) {
            case DAYS_BEFORE -> Texts.in(l, "notice.text.daysBefore", String.valueOf(stage.amount()));
            case DEADLINE_DAY -> Texts.in(l, "notice.text.deadlineDay");
            case HOURS_LEFT -> Texts.in(l, "notice.text.hoursLeft", String.valueOf(stage.amount()));
            case OVERDUE -> Texts.in(l, "notice.text.overdue", String.valueOf(daysOverdue));
        };
    }

    /** A stage's name in lists: "D-3 (3 working days before)", "Overdue", … */
    public static String stageName(Stage stage, Locale l) {
        return switch (stage.kind()) {
            case DAYS_BEFORE -> Texts.in(l, "notice.stageName.DAYS", String.valueOf(stage.amount()));
            case DEADLINE_DAY -> Texts.in(l, "notice.stageName.D-DAY");
            case HOURS_LEFT -> Texts.in(l, "notice.stageName.HOURS", String.valueOf(stage.amount()));
            case OVERDUE -> Texts.in(l, "notice.stageName.OVERDUE");
        };
    }

    /** The auditor's reminder (독촉장) to a department head, in the head's language. */
    public static NoticeText reminder(Subject s, int daysOverdue, String note, String auditorName) {
        return reminder(s, daysOverdue, note, auditorName, Locale.KOREAN);
    }

    public static NoticeText reminder(Subject s, int daysOverdue, String note, String auditorName, Locale l) {
        String days = String.valueOf(daysOverdue);
        String title = Texts.in(l, "notice.reminder.title", days, s.receiptNo());
        String body = Texts.in(l, "notice.reminder.intro") + "\n"
                + Texts.in(l, "notice.text.receiptNo", s.receiptNo()) + "\n"
                + Texts.in(l, "notice.text.type", s.typeName()) + "\n"
                + Texts.in(l, "notice.text.handler", s.handlerName()) + "\n"
                + Texts.in(l, "notice.reminder.deadline", when(l, s.deadline()), days) + "\n"
                + (note == null || note.isBlank() ? "" : Texts.in(l, "notice.reminder.note", note.trim()) + "\n")
                + Texts.in(l, "notice.reminder.from", auditorName) + "\n"
                + Texts.in(l, "notice.text.link", s.link()) + "\n";
        return new NoticeText(
                title,
                body,
                Texts.in(l, "notice.reminder.sms", s.receiptNo(), days),
                Texts.in(l, "notice.text.sender"));
    }

    private static String when(Locale l, LocalDateTime t) {
        return DateTimeFormatter.ofPattern(Texts.in(l, "notice.text.datePattern"), l)
                .format(t);
    }
}
