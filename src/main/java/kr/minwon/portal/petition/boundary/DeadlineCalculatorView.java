package kr.minwon.portal.petition.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.platform.faces.Messages;

/**
 * 처리기한 계산기: the office's deadline engine (the same {@link OfficeCalendar#calculator()} the petitions and the API
 * use) answering for any receipt time and period, with the worked examples of the law as presets.
 */
@Named
@ViewScoped
public class DeadlineCalculatorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A worked example: what it shows (bundle key), the receipt and period, and the deadline the law gives. */
    public record Preset(String key, LocalDateTime receivedAt, int amount, PeriodUnit unit, LocalDateTime expected)
            implements Serializable {}

    /** What the engine answered. */
    public record Result(
            LocalDateTime deadline, DeadlineMode mode, long workingMinutes, double legalDays, LocalDateTime clockStart)
            implements Serializable {}

    /** DOMAIN.md §2, with a time of day where the example gives none. */
    private static final List<Preset> PRESETS = List.of(
            new Preset(
                    "petition.calculator.preset1",
                    LocalDateTime.of(2026, 5, 29, 15, 0),
                    3,
                    PeriodUnit.DAY,
                    LocalDateTime.of(2026, 6, 4, 15, 0)),
            new Preset(
                    "petition.calculator.preset2",
                    LocalDateTime.of(2026, 4, 30, 16, 30),
                    1,
                    PeriodUnit.DAY,
                    LocalDateTime.of(2026, 5, 4, 16, 30)),
            new Preset(
                    "petition.calculator.preset3",
                    LocalDateTime.of(2026, 7, 16, 16, 0),
                    0,
                    PeriodUnit.IMMEDIATE,
                    LocalDateTime.of(2026, 7, 20, 10, 0)),
            new Preset(
                    "petition.calculator.preset4",
                    LocalDateTime.of(2026, 9, 18, 10, 0),
                    7,
                    PeriodUnit.DAY,
                    LocalDateTime.of(2026, 9, 30, 18, 0)),
            new Preset(
                    "petition.calculator.preset5",
                    LocalDateTime.of(2027, 2, 3, 10, 0),
                    10,
                    PeriodUnit.DAY,
                    LocalDateTime.of(2027, 2, 18, 18, 0)),
            new Preset(
                    "petition.calculator.preset6",
                    LocalDateTime.of(2025, 9, 29, 10, 0),
                    14,
                    PeriodUnit.DAY,
                    LocalDateTime.of(2025, 10, 23, 18, 0)));

    @Inject
    OfficeCalendar calendar;

    @Inject
    Clock clock;

    private LocalDateTime receivedAt;
    private Integer amount = 3;
    private PeriodUnit unit = PeriodUnit.DAY;
    private Result result;

    public void init() {
        if (receivedAt == null) {
            receivedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        }
    }

    public void calculate() {
        result = null;
        if (unit != PeriodUnit.IMMEDIATE && (amount == null || amount < 1)) {
            Messages.fieldError("calculatorForm:amount", "petition.calculator.amountRequired");
            return;
        }
        try {
            LegalPeriod period = new LegalPeriod(unit == PeriodUnit.IMMEDIATE ? 0 : amount, unit);
            Deadline d = new DeadlineCalculator(calendar.calendar()).compute(receivedAt, period);
            result = new Result(d.deadline(), d.mode(), d.workingMinutes(), d.legalDays(), d.clockStart());
        } catch (IllegalArgumentException e) {
            Messages.fieldError("calculatorForm:receivedAt", "petition.calculator.outOfRange");
        }
    }

    public void usePreset(int index) {
        Preset p = PRESETS.get(index);
        receivedAt = p.receivedAt();
        amount = p.unit() == PeriodUnit.IMMEDIATE ? null : p.amount();
        unit = p.unit();
        calculate();
    }

    public List<Preset> getPresets() {
        return PRESETS;
    }

    public PeriodUnit[] getUnits() {
        return PeriodUnit.values();
    }

    public Result getResult() {
        return result;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public PeriodUnit getUnit() {
        return unit;
    }

    public void setUnit(PeriodUnit unit) {
        this.unit = unit;
    }
}
