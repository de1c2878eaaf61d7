package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import kr.minwon.portal.petition.control.DeadlineBadge;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.platform.faces.Messages;

/**
 * How petition values read on the screens, in the viewer's language: deadline badges, times as yyyy-MM-dd HH:mm,
 * working time as hours and minutes. One place, so every list and the detail page say the same thing.
 */
@Named
@ApplicationScoped
public class PetitionLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String badge(DeadlineBadge badge) {
        return badge == null ? "" : Messages.text(FacesContext.getCurrentInstance(), badge.key(), badge.amount());
    }

    /**
     * A value for a link's query string, percent-encoded as a form would send it: lists write their row links as plain
     * {@code <a href>} (an {@code h:link} per row resolved its outcome through the navigation rules, issue 16).
     */
    public String query(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Working minutes as "12시간 30분"; negative amounts (overdue) keep their sign. */
    public String workingTime(Number value) {
        long minutes = value == null ? 0 : value.longValue();
        long abs = Math.abs(minutes);
        String text = Messages.text(FacesContext.getCurrentInstance(), "petition.workingTime", abs / 60, abs % 60);
        return minutes < 0 ? "-" + text : text;
    }

    /** A count of days ("3일"); takes a Number so EL passes a boxed Long from a record accessor. */
    public String days(Number days) {
        return Messages.text(
                FacesContext.getCurrentInstance(), "petition.daysCount", days == null ? 0 : days.longValue());
    }

    /** A legal period as people say it: "7일", "3시간", "즉시". */
    public String period(int amount, PeriodUnit unit) {
        if (unit == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String name = Messages.text(faces, "PeriodUnit." + unit.name());
        return unit == PeriodUnit.IMMEDIATE
                ? name
                : Messages.text(faces, "petition.periodText", String.valueOf(amount), name);
    }

    /** A timeline entry's kind (RECEIVED, STOPPED...) in words; an unknown kind shows as it is. */
    public String event(String kind) {
        String text = Messages.text(FacesContext.getCurrentInstance(), "PetitionEvent." + kind);
        return text.startsWith("PetitionEvent.") ? kind : text;
    }

    /** The key of an enum's label in the bundle: {@code Channel.COUNTER}. */
    public String enumLabel(Enum<?> value) {
        return value == null
                ? ""
                : Messages.text(
                        FacesContext.getCurrentInstance(),
                        value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
