package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.control.DeadlineBadge;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionEvent;
import kr.minwon.portal.petition.entity.PetitionExtension;
import kr.minwon.portal.petition.entity.PetitionStatus;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.RequestMemo;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * Read side of petitions for the screens: pages of a list in a scope the caller owns, sorted and paged by the
 * database, each row with its deadline badge; counts by notice stage for the home page; one petition with all that its
 * detail page shows. Writing stays with {@link Petitions}.
 *
 * <p>Rows are plain serializable values rather than entities, so view-scoped pages hold no persistence state and a
 * row never triggers a lazy load. Badges and days overdue are computed for the rows of the page only.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class PetitionQueries {

    /** Whose petitions: the caller's own, his team or department, or the office's overdue ones (독촉 list). */
    public enum Scope {
        MINE,
        UNIT,
        OFFICE_OVERDUE
    }

    /** Open includes suspended (the clock stopped) petitions; overdue means open with its deadline passed. */
    public enum StatusFilter {
        OPEN,
        OVERDUE,
        COMPLETED,
        ALL
    }

    /**
     * What a list asks for.
     *
     * @param unitId for {@link Scope#UNIT}: one unit the caller heads (or any, for auditors and admins); null for all
     *               units he heads. For {@link Scope#OFFICE_OVERDUE}: narrows to one department.
     * @param handlerNo an employee number, or null
     * @param text part of the receipt number or of the petition type's name, or null
     */
    public record Query(Scope scope, StatusFilter status, String text, String handlerNo, Long unitId)
            implements Serializable {

        public Query {
            status = scope == Scope.OFFICE_OVERDUE ? StatusFilter.OVERDUE : status == null ? StatusFilter.OPEN : status;
        }

        public static Query of(Scope scope) {
            return new Query(scope, null, null, null, null);
        }
    }

    /** One line of a list. */
    public record Row(
            String receiptNo,
            String typeCode,
            String typeName,
            LocalDateTime receivedAt,
            LocalDateTime deadline,
            LocalDateTime originalDeadline,
            DeadlineMode mode,
            PetitionStatus status,
            Outcome outcome,
            LocalDateTime approvedAt,
            String handlerNo,
            String handlerName,
            String unitName,
            String departmentName,
            DeadlineBadge badge,
            long daysOverdue)
            implements Serializable {

        /** The deadline moved (holiday added, stop, extension): the original (당초) one is shown beside it. */
        public boolean isDeadlineMoved() {
            return originalDeadline != null && !originalDeadline.equals(deadline);
        }
    }

    /** The caller's open petitions by notice stage (DOMAIN §5), for the home page. */
    public record Stages(long overdue, long dueToday, long oneDay, long twoDays, long threeDays)
            implements Serializable {

        public long total() {
            return overdue + dueToday + oneDay + twoDays + threeDays;
        }
    }

    /** Someone to pick in a handler filter. */
    public record HandlerChoice(String employeeNo, String name, String unitName) implements Serializable {}

    /** A unit the caller may list: one he heads. */
    public record UnitChoice(long id, String code, String name, UnitKind kind) implements Serializable {}

    /**
     * One petition as its detail page shows it, read in one transaction: the record, its stops, extensions and
     * timeline, the engine's figures at {@code now}, and whether the caller may change it.
     */
    public record Detail(
            Petition petition,
            List<PetitionStop> stops,
            List<PetitionExtension> extensions,
            List<PetitionEvent> timeline,
            DeadlineBadge badge,
            long usedMinutes,
            long remainingMinutes,
            long allowedMinutes,
            LocalDateTime clockStart,
            boolean mayChange,
            LocalDateTime now)
            implements Serializable {}

    /** The caller asked for a scope he does not own: another's unit, or the office list without being auditor. */
    @ApplicationException(rollback = true)
    public static class ScopeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ScopeRefused(String message) {
            super(message);
        }
    }

    /** Sortable columns: what a page may ask for, mapped onto JPQL; anything else falls back to the default order. */
    private static final Map<String, String> SORTS = Map.of(
            "receiptNo", "p.receiptNo",
            "typeName", "t.name",
            "receivedAt", "p.receivedAt",
            "deadline", "p.deadline",
            "status", "p.status",
            "handlerName", "h.name",
            "unitName", "u.name",
            "departmentName", "d.name",
            "approvedAt", "p.approvedAt");

    private static final String FROM =
            " FROM Petition p JOIN p.type t JOIN p.handler h JOIN p.unit u LEFT JOIN p.department d";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    Accounts accounts;

    @Inject
    Petitions petitions;

    @Inject
    PetitionLookup lookup;

    @Inject
    Instance<RequestMemo> memo;

    @Resource
    SessionContext session;

    // ---------------------------------------------------------------- lists

    /**
     * A page of the list. {@code sortField} is one of the column names of {@link Row} that are sortable
     * ("daysOverdue" too, the reverse of the deadline); null or unknown gives the default: open first, the most urgent
     * (earliest deadline) first; completed lists newest approval first.
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Row> page(Query query, String sortField, boolean ascending, int first, int size) {
        LocalDateTime now = LocalDateTime.now(clock);
        Filter filter = filter(query, now);
        if (filter == null) {
            return List.of();
        }
        TypedQuery<Object[]> q = em.createQuery(
                "SELECT p.receiptNo, t.code, t.name, p.receivedAt, p.deadline,"
                        + " p.originalDeadline, p.mode, p.status, p.outcome, p.approvedAt, h.employeeNo, h.name, u.name, d.name"
                        + FROM + filter.where + " ORDER BY " + order(query, sortField, ascending),
                Object[].class);
        filter.bind(q);
        List<Object[]> tuples = q.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList();
        WorkingCalendar cal = calendar.calendar();
        List<Row> rows = new ArrayList<>(tuples.size());
        for (Object[] r : tuples) {
            LocalDateTime deadline = (LocalDateTime) r[4];
            DeadlineMode mode = (DeadlineMode) r[6];
            PetitionStatus status = (PetitionStatus) r[7];
            DeadlineBadge badge = DeadlineBadge.of(cal, deadline, mode, status, now);
            long overdue = badge.kind() == DeadlineBadge.Kind.OVERDUE ? badge.amount() : 0;
            rows.add(new Row(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (LocalDateTime) r[3],
                    deadline,
                    (LocalDateTime) r[5],
                    mode,
                    status,
                    (Outcome) r[8],
                    (LocalDateTime) r[9],
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    (String) r[13],
                    badge,
                    overdue));
        }
        return rows;
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public long count(Query query) {
        Filter filter = filter(query, LocalDateTime.now(clock));
        if (filter == null) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(p)" + FROM + filter.where, Long.class);
        filter.bind(q);
        return q.getSingleResult();
    }

    /** The units whose petitions the caller may list as a manager: those he heads, teams of his department included. */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<UnitChoice> myUnits() {
        // Read once per request: the list page asks for them, its handler filter, its count and its page each again.
        return RequestMemo.in(
                memo, List.of("myUnits", session.getCallerPrincipal().getName()), this::readMyUnits);
    }

    private List<UnitChoice> readMyUnits() {
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT u FROM Unit u LEFT JOIN u.parent p WHERE u.head.id = :me OR p.head.id = :me"
                                + " ORDER BY u.code",
                        Unit.class)
                .setParameter("me", me.get().getId())
                .getResultList()
                .stream()
                .map(u -> new UnitChoice(u.getId(), u.getCode(), u.getName(), u.getKind()))
                .toList();
    }

    /** The people who handle petitions in the caller's units, for the handler filter. */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<HandlerChoice> handlersOfMyUnits() {
        List<Long> units = myUnits().stream().map(UnitChoice::id).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT e.employeeNo, e.name, u.name FROM Employee e JOIN e.unit u"
                                + " WHERE u.id IN :units AND e.active = TRUE ORDER BY e.name",
                        Object[].class)
                .setParameter("units", units)
                .getResultList()
                .stream()
                .map(r -> new HandlerChoice((String) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    // ---------------------------------------------------------------- home page

    /** Open petitions past their deadline in the whole office: the auditor's 독촉 list. */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public long officeOverdueCount() {
        return count(Query.of(Scope.OFFICE_OVERDUE));
    }

    // ---------------------------------------------------------------- one petition

    // ---------------------------------------------------------------- query building

    /** A WHERE clause with its parameters; null when the scope holds nothing for this caller. */
    private record Filter(String where, Map<String, Object> parameters) {
        void bind(TypedQuery<?> q) {
            parameters.forEach(q::setParameter);
        }
    }

    private Filter filter(Query query, LocalDateTime now) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        switch (query.scope()) {
            case MINE -> {
                Optional<Employee> me = accounts.callingEmployee();
                if (me.isEmpty()) {
                    return null;
                }
                clauses.add("h.id = :me");
                params.put("me", me.get().getId());
            }
            case UNIT -> {
                List<Long> teams = new ArrayList<>();
                List<Long> departments = new ArrayList<>();
                if (!unitsInScope(query.unitId(), teams, departments)) {
                    return null;
                }
                List<String> or = new ArrayList<>();
                if (!teams.isEmpty()) {
                    or.add("u.id IN :teams");
                    params.put("teams", teams);
                }
                if (!departments.isEmpty()) {
                    or.add("d.id IN :departments");
                    params.put("departments", departments);
                }
                clauses.add("(" + String.join(" OR ", or) + ")");
            }
            case OFFICE_OVERDUE -> {
                if (!session.isCallerInRole(Role.AUDITOR_NAME) && !session.isCallerInRole(Role.ADMIN_NAME)) {
                    throw new ScopeRefused(Texts.t("petition.msg.PetitionQueries.3"));
                }
                if (query.unitId() != null) {
                    clauses.add("d.id = :department");
                    params.put("department", query.unitId());
                }
            }
        }
        switch (query.status()) {
            case OPEN -> {
                // IN, not <> COMPLETED: the (unit|department|handler, status, deadline) indexes can seek on IN and
                // read only the open rows; with <> a unit's whole history was scanned (bench: 106 ms -> 6 ms at 500k).
                clauses.add("p.status IN :openStates");
                params.put("openStates", java.util.List.of(PetitionStatus.OPEN, PetitionStatus.SUSPENDED));
            }
            case COMPLETED -> {
                clauses.add("p.status = :completed");
                params.put("completed", PetitionStatus.COMPLETED);
            }
            case OVERDUE -> {
                clauses.add("p.status = :open AND p.deadline < :now");
                params.put("open", PetitionStatus.OPEN);
                params.put("now", now);
            }
            case ALL -> {}
        }
        if (query.text() != null && !query.text().isBlank()) {
            clauses.add("(LOWER(p.receiptNo) LIKE :text ESCAPE '!' OR LOWER(t.name) LIKE :text ESCAPE '!')");
            params.put("text", "%" + likeEscaped(query.text().trim().toLowerCase()) + "%");
        }
        if (query.handlerNo() != null && !query.handlerNo().isBlank()) {
            clauses.add("h.employeeNo = :handlerNo");
            params.put("handlerNo", query.handlerNo().trim());
        }
        return new Filter(" WHERE " + String.join(" AND ", clauses), params);
    }

    /**
     * Fills the teams and departments of a UNIT query. A manager gets the units he heads (a department brings all
     * its teams through the petition's department); asking for one he does not head is refused. Auditors and admins
     * may name any unit.
     */
    private boolean unitsInScope(Long unitId, List<Long> teams, List<Long> departments) {
        boolean officeWide = session.isCallerInRole(Role.AUDITOR_NAME) || session.isCallerInRole(Role.ADMIN_NAME);
        if (unitId != null && officeWide) {
            Unit unit = em.find(Unit.class, unitId);
            if (unit == null) {
                return false;
            }
            (unit.getKind() == UnitKind.TEAM ? teams : departments).add(unit.getId());
            return true;
        }
        if (!session.isCallerInRole(Role.MANAGER_NAME)) {
            throw new ScopeRefused(Texts.t("petition.msg.PetitionQueries.2"));
        }
        List<UnitChoice> mine = myUnits();
        if (unitId != null) {
            UnitChoice chosen = mine.stream()
                    .filter(u -> u.id() == unitId)
                    .findFirst()
                    .orElseThrow(() -> new ScopeRefused(Texts.t("petition.msg.PetitionQueries.1")));
            (chosen.kind() == UnitKind.TEAM ? teams : departments).add(chosen.id());
            return true;
        }
        for (UnitChoice u : mine) {
            (u.kind() == UnitKind.TEAM ? teams : departments).add(u.id());
        }
        return !mine.isEmpty();
    }

    private static String order(Query query, String sortField, boolean ascending) {
        String dir = ascending ? " ASC" : " DESC";
        if ("daysOverdue".equals(sortField)) {
            // More days overdue means an earlier deadline.
            return "p.deadline" + (ascending ? " DESC" : " ASC") + ", p.id";
        }
        String column = sortField == null ? null : SORTS.get(sortField);
        if (column != null) {
            return column + dir + ", p.deadline, p.id";
        }
        if (query.status() == StatusFilter.COMPLETED) {
            return "p.approvedAt DESC, p.id DESC";
        }
        if (query.status() == StatusFilter.ALL) {
            return "CASE WHEN p.approvedAt IS NULL THEN 0 ELSE 1 END, p.deadline, p.id";
        }
        return "p.deadline, p.id";
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
