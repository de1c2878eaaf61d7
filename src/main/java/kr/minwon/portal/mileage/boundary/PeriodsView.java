package kr.minwon.portal.mileage.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.mileage.control.AwardTiers;
import kr.minwon.portal.mileage.control.PeriodKind;
import kr.minwon.portal.mileage.entity.MileagePeriod;
import kr.minwon.portal.mileage.entity.MileageStanding;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.security.boundary.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /mileage/periods.xhtml: the periods and their state; auditors close a finished one (award tier counts first), see
 * its frozen standings, and replay it against the ledger. Everyone reads the winners of closed periods.
 */
@Named
@ViewScoped
public class PeriodsView implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum State {
        RUNNING,
        FINISHED,
        CLOSED
    }

    public record PeriodRow(
            String key, LocalDate startsOn, LocalDate endsOn, State state, LocalDateTime closedAt, String closedBy)
            implements Serializable {}

    public record StandingRow(
            int rank, String employeeNo, String name, String unitName, String points, int petitions, String tier)
            implements Serializable {}

    @Inject
    MileagePeriods periods;

    @Inject
    MileageStandings standings;

    @Inject
    MileageReplay replay;

    @Inject
    MileageLedger ledger;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String period;
    private List<PeriodRow> rows = List.of();
    private List<StandingRow> winners = List.of();
    private int firstCount = 1;
    private int secondCount = 2;
    private int thirdCount = 3;
    private MileageReplay.Result replayed;

    private final LazyDataModel<StandingRow> all = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return isAuditing() && isSelectedClosed() ? (int) periods.countStandings(period) : 0;
        }

        @Override
        public List<StandingRow> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return isAuditing() && isSelectedClosed()
                    ? periods.standings(period, first, size).stream()
                            .map(PeriodsView::row)
                            .toList()
                    : List.of();
        }

        @Override
        public String getRowKey(StandingRow r) {
            return r.employeeNo();
        }
    };

    public void load() {
        rows = buildRows();
        if (period == null || rows.stream().noneMatch(r -> r.key().equals(period))) {
            period = rows.stream()
                    .filter(r -> r.state() != State.RUNNING)
                    .map(PeriodRow::key)
                    .findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0).key());
        }
        select();
    }

    public void select() {
        replayed = null;
        winners = isSelectedClosed()
                ? periods.winners(period).stream().map(PeriodsView::row).toList()
                : List.of();
    }

    private List<PeriodRow> buildRows() {
        PeriodKind kind = ledger.periodKind();
        LocalDate today = LocalDate.now(clock);
        Map<String, MileagePeriod> known = new java.util.HashMap<>();
        periods.periods().forEach(p -> known.put(p.getKey(), p));
        List<PeriodRow> out = new ArrayList<>();
        for (String key : standings.periodKeys()) {
            MileagePeriod p = known.get(key);
            State state = p != null && p.isClosed()
                    ? State.CLOSED
                    : kind.endOf(key).isBefore(today) ? State.FINISHED : State.RUNNING;
            out.add(new PeriodRow(
                    key,
                    kind.startOf(key),
                    kind.endOf(key),
                    state,
                    p == null ? null : p.getClosedAt(),
                    p == null ? null : p.getClosedBy()));
        }
        return out;
    }

    public void close() {
        if (firstCount < 0 || secondCount < 0 || thirdCount < 0 || firstCount + secondCount + thirdCount > 100) {
            Messages.error("mileage.periods.badCounts");
            return;
        }
        List<AwardTiers.Tier> tiers = new ArrayList<>();
        List<String> names =
                AwardTiers.DEFAULT.stream().map(AwardTiers.Tier::name).toList();
        int[] counts = {firstCount, secondCount, thirdCount};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                tiers.add(new AwardTiers.Tier(names.get(i), counts[i]));
            }
        }
        try {
            periods.close(period, tiers);
            Messages.info("mileage.periods.closed", period);
        } catch (MileageRefused refused) {
            Messages.plainError(refused.getMessage());
        }
        rows = buildRows();
        select();
    }

    public void runReplay() {
        try {
            replayed = replay.replay(period);
        } catch (MileageRefused refused) {
            Messages.plainError(refused.getMessage());
        }
    }

    private static StandingRow row(MileageStanding s) {
        return new StandingRow(
                s.getOfficeRank(),
                s.getEmployee().getEmployeeNo(),
                s.getEmployee().getName(),
                s.getUnit() == null ? "" : s.getUnit().getName(),
                s.getPoints().toPlainString(),
                s.getPetitions(),
                s.getTier());
    }

    public boolean isAuditing() {
        return currentUser.isAuditor() || currentUser.isAdmin();
    }

    public PeriodRow getSelected() {
        return rows.stream().filter(r -> r.key().equals(period)).findFirst().orElse(null);
    }

    public boolean isSelectedClosed() {
        PeriodRow s = getSelected();
        return s != null && s.state() == State.CLOSED;
    }

    public boolean isSelectedClosable() {
        PeriodRow s = getSelected();
        return s != null && s.state() == State.FINISHED && isAuditing();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<PeriodRow> getRows() {
        return rows;
    }

    public List<StandingRow> getWinners() {
        return winners;
    }

    public LazyDataModel<StandingRow> getAll() {
        return all;
    }

    public MileageReplay.Result getReplayed() {
        return replayed;
    }

    public int getFirstCount() {
        return firstCount;
    }

    public void setFirstCount(int firstCount) {
        this.firstCount = firstCount;
    }

    public int getSecondCount() {
        return secondCount;
    }

    public void setSecondCount(int secondCount) {
        this.secondCount = secondCount;
    }

    public int getThirdCount() {
        return thirdCount;
    }

    public void setThirdCount(int thirdCount) {
        this.thirdCount = thirdCount;
    }
}
