package kr.minwon.portal.mileage.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /mileage/ranking.xhtml "마일리지 순위": people (paged from the database) or units of a period, by points or per
 * petition handled. What each caller sees is decided by the facade; the page only says when the list is cut short.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MileageStandings standings;

    @Inject
    MileageUnitStandings unitStandings;

    @Inject
    Units unitsFacade;

    private String period;
    private String level = MileageStandings.Level.PERSON.name();
    private String unit;
    private boolean perPetition;
    private List<String> periods = List.of();
    /** Code and name only: the view's state travels with the session (distributable), whole Unit entities weigh. */
    private List<ScopeChoice> scopes = List.of();

    /** Whether the caller sees every name in {@link #complete}'s scope: asked once per scope, not per EL call. */
    private Boolean complete;

    private String completeFor;

    /** One unit the ranking can be narrowed to. */
    public record ScopeChoice(String code, String name) implements Serializable {}

    private List<UnitStanding> units = List.of();

    /** Places per page of the people table (its {@code rows}). */
    public static final int PAGE_SIZE = 20;

    /** The people read with the page ({@link #refresh}), used once by the table; and what they were read for. */
    private transient MileageStandings.PeopleOpened opened;

    private transient List<Object> openedFor = List.of();

    private final LazyDataModel<PersonStanding> people = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            MileageStandings.PeopleOpened read = opened();
            return (int) (read != null ? read.count() : standings.countPeople(period, unit));
        }

        @Override
        public List<PersonStanding> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            MileageStandings.PeopleOpened read = opened();
            opened = null;
            if (read != null && first == 0 && size == PAGE_SIZE) {
                return read.first();
            }
            return standings.people(period, unit, perPetition, first, size);
        }

        @Override
        public String getRowKey(PersonStanding p) {
            return p.employeeNo();
        }
    };

    public void load() {
        periods = standings.periodKeys();
        if (period == null || !periods.contains(period)) {
            period = standings.currentPeriod();
        }
        try {
            level = MileageStandings.Level.valueOf(level).name();
        } catch (IllegalArgumentException | NullPointerException e) {
            level = MileageStandings.Level.PERSON.name();
        }
        // Departments and teams, the office's order; a manager's own units first so he finds them.
        List<Unit> mine = standings.myUnits();
        List<ScopeChoice> choices = new java.util.ArrayList<>();
        mine.forEach(u -> choices.add(new ScopeChoice(u.getCode(), u.getName())));
        unitsFacade.active().stream()
                .filter(u -> u.getKind() != UnitKind.OFFICE && !mine.contains(u))
                .forEach(u -> choices.add(new ScopeChoice(u.getCode(), u.getName())));
        scopes = List.copyOf(choices);
        if (unit == null && !mine.isEmpty()) {
            unit = mine.get(0).getCode();
        }
        if (unit != null && !unit.isBlank() && scopes.stream().noneMatch(u -> unit.equals(u.code()))) {
            // ?unit= names no unit the list offers: an unknown record, not a 500 from the ranking (issue 17).
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        refresh();
    }

    public void refresh() {
        opened = null;
        if (!isPersonLevel()) {
            units = unitStandings.units(period, MileageStandings.Level.valueOf(level), perPetition);
        } else {
            // The count, the first page and whether every name shows, read together; the table uses them once.
            opened = standings.peopleOpened(period, unit, perPetition, PAGE_SIZE);
            openedFor = List.of(period, String.valueOf(unit), perPetition);
            complete = opened.seesAll();
            completeFor = unit;
        }
    }

    /** What {@link #refresh} read, if it is still for the period, scope and order the table shows. */
    private MileageStandings.PeopleOpened opened() {
        return opened != null && openedFor.equals(List.of(period, String.valueOf(unit), perPetition)) ? opened : null;
    }

    public boolean isPersonLevel() {
        return MileageStandings.Level.PERSON.name().equals(level);
    }

    public boolean isComplete() {
        if (complete == null || !java.util.Objects.equals(completeFor, unit)) {
            complete = standings.seesAllOf(unit);
            completeFor = unit;
        }
        return complete;
    }

    public int getPublicTop() {
        return MileageStandings.PUBLIC_TOP;
    }

    public String getExportName() {
        return "mileage-ranking-" + period + "-" + level.toLowerCase() + (unit == null ? "" : "-" + unit);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null || unit.isBlank() ? null : unit;
    }

    public boolean isPerPetition() {
        return perPetition;
    }

    public void setPerPetition(boolean perPetition) {
        this.perPetition = perPetition;
    }

    public List<String> getPeriods() {
        return periods;
    }

    public List<ScopeChoice> getScopes() {
        return scopes;
    }

    public List<UnitStanding> getUnits() {
        return units;
    }

    public LazyDataModel<PersonStanding> getPeople() {
        return people;
    }
}
