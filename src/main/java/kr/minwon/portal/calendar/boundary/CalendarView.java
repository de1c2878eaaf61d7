package kr.minwon.portal.calendar.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kr.minwon.portal.calendar.control.HolidayKind;
import kr.minwon.portal.calendar.control.MonthGrid;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.calendar.control.WorkingHours;
import kr.minwon.portal.calendar.entity.HolidayEntry;
import kr.minwon.portal.platform.csv.UploadLimit;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** /calendar/admin: the working calendar month by month, the year's holidays, and changing them (ADMIN). */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** One holiday as the list shows it; kept apart from the entity so the view state stays serializable. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate date;
        private final String name;
        private final HolidayKind kind;
        private final String reason;
        private final String createdBy;
        private final LocalDateTime createdAt;

        Row(HolidayEntry e) {
            this.date = e.getDate();
            this.name = e.getName();
            this.kind = e.getKind();
            this.reason = e.getReason();
            this.createdBy = e.getCreatedBy();
            this.createdAt = e.getCreatedAt();
        }

        public LocalDate getDate() {
            return date;
        }

        public String getName() {
            return name;
        }

        public HolidayKind getKind() {
            return kind;
        }

        public String getReason() {
            return reason;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }
    }

    @Inject
    Holidays holidays;

    @Inject
    HolidayFeed feed;

    @Inject
    OfficeCalendar office;

    @Inject
    Clock clock;

    private Integer year;
    private Integer month;

    private YearMonth shown;
    private transient MonthGrid grid;
    private List<Row> rows = List.of();

    private LocalDate newDate;
    private String newName;
    private HolidayKind newKind = HolidayKind.TEMPORARY;
    private String newReason;

    private Row removing;
    private String removeReason;

    /** Deadlines moved by the last change on this page, or null before any. */
    private Integer lastMoved;

    public void load() {
        YearMonth today = YearMonth.now(clock);
        YearMonth wanted = today;
        if (year != null && month != null && month >= 1 && month <= 12) {
            wanted = YearMonth.of(year, month);
        }
        WorkingCalendar calendar = office.calendar();
        // The grid shows whole weeks, so keep a month of margin inside the calendar's range.
        YearMonth first = YearMonth.from(calendar.firstDay()).plusMonths(1);
        YearMonth last = YearMonth.from(calendar.lastDay()).minusMonths(1);
        if (wanted.isBefore(first) || wanted.isAfter(last)) {
            Messages.error("calendar.admin.outOfRange", first, last);
            wanted = today;
        }
        shown = wanted;
        year = shown.getYear();
        month = shown.getMonthValue();
        refresh();
    }

    private void refresh() {
        rows = holidays.ofYear(shown.getYear()).stream().map(Row::new).toList();
        Map<LocalDate, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.getDate(), r.getName()));
        // The first and last weeks may reach into the neighbouring years.
        if (shown.getMonthValue() == 1) {
            holidays.ofYear(shown.getYear() - 1).forEach(e -> names.put(e.getDate(), e.getName()));
        } else if (shown.getMonthValue() == 12) {
            holidays.ofYear(shown.getYear() + 1).forEach(e -> names.put(e.getDate(), e.getName()));
        }
        grid = MonthGrid.of(shown, office.calendar(), names, LocalDate.now(clock));
    }

    // ------------------------------------------------------------ navigation

    /** The year/month picker: a redirect, so that the address always names the month shown. */
    public String go() {
        return "/calendar/admin?faces-redirect=true&year=" + year + "&month=" + month;
    }

    public int getPreviousYear() {
        return shown.minusMonths(1).getYear();
    }

    public int getPreviousMonth() {
        return shown.minusMonths(1).getMonthValue();
    }

    public int getNextYear() {
        return shown.plusMonths(1).getYear();
    }

    public int getNextMonth() {
        return shown.plusMonths(1).getMonthValue();
    }

    public int getTodayYear() {
        return LocalDate.now(clock).getYear();
    }

    public int getTodayMonth() {
        return LocalDate.now(clock).getMonthValue();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        int from = Math.min(now - 5, shown.getYear());
        int to = Math.max(now + 5, shown.getYear());
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    // ------------------------------------------------------------ changes

    public void add() {
        Holidays.Change lastChange;
        try {
            lastChange = holidays.add(newDate, newName, newKind, newReason == null ? null : newReason.trim());
        } catch (CalendarChangeRefused e) {
            Messages.plainError(e.getMessage());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String kind = Messages.text(faces, "HolidayKind." + newKind.name());
        Messages.info("calendar.admin.added", kind, newDate.toString(), newName.trim());
        lastMoved = lastChange.deadlinesMoved();
        movedMessage(lastMoved, "calendar.admin.movedLater");
        newDate = null;
        newName = null;
        newReason = null;
        newKind = HolidayKind.TEMPORARY;
        refresh();
    }

    public void prepareRemove(Row row) {
        removing = row;
        removeReason = null;
        PrimeFaces.current().executeScript("PF('removeDialog').show()");
    }

    public void cancelRemove() {
        removing = null;
        PrimeFaces.current().executeScript("PF('removeDialog').hide()");
    }

    public void remove() {
        if (removing == null) {
            return;
        }
        Holidays.Change lastChange;
        try {
            lastChange = holidays.remove(removing.getDate(), removeReason.trim());
        } catch (CalendarChangeRefused e) {
            Messages.plainError(e.getMessage());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages.info(
                "calendar.admin.removed",
                Messages.text(faces, "HolidayKind." + removing.getKind().name()),
                removing.getDate().toString(),
                removing.getName());
        lastMoved = lastChange.deadlinesMoved();
        movedMessage(lastMoved, "calendar.admin.movedEarlier");
        removing = null;
        removeReason = null;
        PrimeFaces.current().executeScript("PF('removeDialog').hide()");
        refresh();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            Messages.error("calendar.admin.import.empty");
            return;
        }
        if (UploadLimit.HOLIDAYS.exceeds(file.getSize())) {
            Messages.error("calendar.admin.import.tooLarge", UploadLimit.HOLIDAYS.megabytes());
            return;
        }
        Holidays.Change lastChange;
        try {
            lastChange = holidays.importSpecialDays(file.getContent());
        } catch (CalendarChangeRefused e) {
            Messages.error("calendar.admin.import.failed", e.getMessage());
            return;
        }
        Messages.info("calendar.admin.import.done", lastChange.added(), lastChange.unchanged());
        lastMoved = lastChange.deadlinesMoved();
        movedMessage(lastMoved, "calendar.admin.movedLater");
        refresh();
    }

    /** "지금 가져오기": the configured 특일정보 service's holidays for this year and the next, merged at once. */
    public void fetchNow() {
        HolidayFeed.Result result;
        try {
            result = feed.fetchNow();
        } catch (HolidayFeed.FeedFailed e) {
            Messages.error("calendar.admin.feed.failed", e.getMessage());
            return;
        }
        Messages.info(
                "calendar.admin.feed.done",
                result.years().get(0) + "–" + result.years().get(result.years().size() - 1),
                result.received(),
                result.added(),
                result.unchanged());
        lastMoved = result.deadlinesMoved();
        movedMessage(lastMoved, "calendar.admin.movedLater");
        refresh();
    }

    public boolean isFeedConfigured() {
        return feed.isConfigured();
    }

    private static void movedMessage(int moved, String key) {
        if (moved == 0) {
            Messages.info("calendar.admin.movedNone");
        } else {
            Messages.info(key, moved);
        }
    }

    // ------------------------------------------------------------ working hours (read-only)

    public List<String> getWorkingBlocks() {
        List<String> blocks = new ArrayList<>();
        for (WorkingHours.Block b : office.hours().blocks()) {
            blocks.add(HH_MM.format(b.start()) + "–" + HH_MM.format(b.end()));
        }
        return blocks;
    }

    public boolean isLunchExcluded() {
        return office.hours().blocks().size() > 1;
    }

    public boolean isAfterHoursNextStart() {
        return office.hours().afterHoursStartsNextWorkingStart();
    }

    public int getHoursPerDay() {
        return office.hours().minutesPerDay() / 60;
    }

    // ------------------------------------------------------------ page state

    public MonthGrid getGrid() {
        if (grid == null && shown != null) {
            refresh();
        }
        return grid;
    }

    public HolidayKind[] getKinds() {
        return HolidayKind.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public YearMonth getShown() {
        return shown;
    }

    public Integer getLastMoved() {
        return lastMoved;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public HolidayKind getNewKind() {
        return newKind;
    }

    public void setNewKind(HolidayKind newKind) {
        this.newKind = newKind;
    }

    public String getNewReason() {
        return newReason;
    }

    public void setNewReason(String newReason) {
        this.newReason = newReason;
    }

    public Row getRemoving() {
        return removing;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public long getMaxUploadBytes() {
        return UploadLimit.HOLIDAYS.maxBytes();
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
