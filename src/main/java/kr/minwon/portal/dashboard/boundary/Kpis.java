package kr.minwon.portal.dashboard.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.platform.OneConnection;
import kr.minwon.portal.platform.PortalDataSource;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.security.boundary.Accounts;
import kr.minwon.portal.staff.boundary.Staff;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The KPIs of a range (DOMAIN.md §7) for the REST endpoint and the dashboard pages, summed and counted in the
 * database: a handful of GROUP BY queries whose results are bounded by days, departments and channels, never by
 * petitions.
 *
 * <p>Population: petitions completed (approved) in the range, withdrawn and transferred ones left out. Compliance
 * counts all of them; 단축률, legalDays and usedDays only those with a legal period of 2 days or more. Channels,
 * residence and the hour and day of receipt are read over the same population, so channel counts add up to
 * {@code completed}. Open, overdue and at-risk counts are as of now, in the same scope and filters.
 *
 * <p>Native SQL (standard EXTRACT and CAST only, run on H2 and PostgreSQL) because JPQL cannot group by a day or an
 * hour; all identifiers bound into it are numbers resolved here, dates are parameters.
 */
@Stateless
@DeclareRoles({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
public class Kpis {

    /** What to measure; {@code to} is inclusive. Department code and handler number are optional. */
    public record Filter(LocalDate from, LocalDate to, String departmentCode, String handlerNo)
            implements Serializable {}

    /** One line of a breakdown (a month, a department) with its totals. */
    public record Line(Long unitId, String code, String name, KpiTotals totals) implements Serializable {}

    private static final String COUNTS = "p.status = 'COMPLETED' AND p.approved_at >= ?1 AND p.approved_at < ?2"
            + " AND (p.outcome IS NULL OR p.outcome NOT IN ('WITHDRAWN', 'TRANSFERRED'))";

    /** Sums of a group: count, on time, and legal/used days over the 단축률 scope (legal period ≥ 2 days). */
    private static final String SUMS = "COUNT(*), SUM(CASE WHEN p.on_time = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN p.legal_days >= 2 THEN p.legal_days ELSE 0 END),"
            + " SUM(CASE WHEN p.legal_days >= 2 THEN COALESCE(p.used_days, 0) ELSE 0 END)";

    /** The key of petitions without a department in the fold (ids are positive). */
    private static final long NO_DEPARTMENT = -1;

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Staff staff;

    @Resource(lookup = PortalDataSource.JNDI)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    OfficeCalendar calendar;

    @Inject
    @ConfigProperty(name = "portal.kpi.at.risk.days", defaultValue = "2")
    int atRiskDays;

    /** Off (PORTAL_KPI_READ_MODEL=false): every figure summed over the petitions, as before the read model. */
    @Inject
    @ConfigProperty(name = "portal.kpi.read.model", defaultValue = "true")
    boolean readModel;

    @Resource
    SessionContext session;

    /**
     * The KPIs of a range in what the caller oversees: the whole office for auditors, admins and API readers; for a
     * manager the units he heads (a department with its teams).
     *
     * @throws InputRejected 400 when the range is reversed or a department is unknown (an unknown handler has no petitions)
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public KpiReport report(Filter f) {
        return compute(f, where(f));
    }

    /**
     * The whole office's KPIs of a range, whoever asks: for the monthly status report and its scheduled run, which
     * check their own callers (the run has none). The same queries as {@link #report}, so the report, the dashboard
     * and the API never disagree.
     */
    @PermitAll
    public KpiReport office(LocalDate from, LocalDate to) {
        Filter f = new Filter(from, to, null, null);
        return compute(f, conditions(f));
    }

    private KpiReport compute(Filter f, String where) {
        LocalDateTime now = LocalDateTime.now(clock);
        // Without a handler the read model answers (days × units rows); the read model has no handler, and one
        // handler's petitions are few, so a handler's figures are summed over his petitions.
        boolean byHandler = f.handlerNo() != null && !f.handlerNo().isBlank();
        KpiDays.Folded folded =
                byHandler ? fromPetitions(f, where) : KpiDays.fold(em, f.from(), f.to(), where, NO_DEPARTMENT);
        Map<YearMonth, KpiTotals> months = folded.months();
        Map<Long, KpiTotals> departments = folded.departments();
        KpiTotals total = months.values().stream().reduce(KpiTotals.EMPTY, KpiDays::plus);
        List<Line> byMonth = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            byMonth.add(new Line(null, m.toString(), m.toString(), months.getOrDefault(m, KpiTotals.EMPTY)));
        }

        Map<Long, Unit> units = departments.isEmpty()
                ? Map.of()
                : em.createQuery("SELECT u FROM Unit u WHERE u.id IN :ids", Unit.class)
                        .setParameter("ids", List.copyOf(departments.keySet()))
                        .getResultStream()
                        .collect(Collectors.toMap(Unit::getId, u -> u));
        List<Line> byDepartment = new ArrayList<>();
        departments.forEach((id, t) -> {
            Unit u = units.get(id);
            byDepartment.add(u == null ? new Line(null, null, null, t) : new Line(id, u.getCode(), u.getName(), t));
        });
        byDepartment.sort(Comparator.comparing(
                        (Line l) -> l.totals().reductionRate(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(l -> String.valueOf(l.code())));

        LocalDateTime horizon = calendar.calendar()
                .addWorkingDays(now.toLocalDate(), atRiskDays + 1)
                .atStartOfDay();
        Object[] open = rows(
                        "SELECT COUNT(*), SUM(CASE WHEN p.status = 'OPEN' AND p.deadline < ?1 THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN p.status = 'OPEN' AND p.deadline >= ?1 AND p.deadline < ?2 THEN 1 ELSE 0 END)"
                                + " FROM petition p WHERE p.status IN ('OPEN', 'SUSPENDED')" + where,
                        now,
                        horizon)
                .get(0);

        return new KpiReport(
                f,
                now,
                total,
                number(open[0]),
                number(open[1]),
                number(open[2]),
                atRiskDays,
                folded.byChannel(),
                folded.out(),
                folded.known(),
                byMonth,
                byDepartment,
                folded.byHour(),
                folded.byDay());
    }

    /**
     * The extended-hours figures per channel (issue 18) over petitions completed in the range, from the read model, in
     * what the caller oversees; a handler in the filter is ignored.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public List<KpiDays.ChannelFigures> extendedHours(Filter f) {
        String where = where(new Filter(f.from(), f.to(), f.departmentCode(), null));
        return KpiDays.channels(em, f.from(), f.to(), where);
    }

    /** The same figures summed over the petitions themselves: three scans of the range, two of them alongside. */
    private KpiDays.Folded fromPetitions(Filter f, String where) {
        LocalDateTime from = f.from().atStartOfDay();
        LocalDateTime to = f.to().plusDays(1).atStartOfDay();
        Future<List<Object[]>> channelRows = alongside(
                "SELECT p.channel, p.resident, COUNT(*) FROM petition p WHERE " + COUNTS + where
                        + " GROUP BY p.channel, p.resident",
                from,
                to);
        // DATE_TRUNC, not EXTRACT: PostgreSQL's EXTRACT answers a numeric and took twice as long over a year.
        Future<List<Object[]>> hourRows = alongside(
                "SELECT DATE_TRUNC('hour', p.received_at), COUNT(*) FROM petition p" + " WHERE " + COUNTS + where
                        + " GROUP BY DATE_TRUNC('hour', p.received_at)",
                from,
                to);
        Map<YearMonth, KpiTotals> months = new LinkedHashMap<>();
        Map<Long, KpiTotals> departments = new LinkedHashMap<>();
        for (Object[] r : rows(
                "SELECT CAST(p.approved_at AS DATE), p.department_id, " + SUMS + " FROM petition p WHERE " + COUNTS
                        + where + " GROUP BY CAST(p.approved_at AS DATE), p.department_id",
                from,
                to)) {
            KpiTotals t = totals(r, 2);
            months.merge(YearMonth.from(toDate(r[0])), t, KpiDays::plus);
            departments.merge(r[1] == null ? NO_DEPARTMENT : ((Number) r[1]).longValue(), t, KpiDays::plus);
        }
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, 0L);
        }
        long out = 0;
        long known = 0;
        for (Object[] r : joined(channelRows)) {
            long n = ((Number) r[2]).longValue();
            byChannel.merge(Channel.valueOf((String) r[0]), n, Long::sum);
            if (r[1] != null) {
                known += n;
                out += "OUT".equals(r[1]) ? n : 0;
            }
        }
        long[] byHour = new long[24];
        long[] byDay = new long[7];
        for (Object[] r : joined(hourRows)) {
            long n = ((Number) r[1]).longValue();
            LocalDateTime hour = toDateTime(r[0]);
            byDay[hour.getDayOfWeek().getValue() - 1] += n;
            byHour[hour.getHour()] += n;
        }
        return new KpiDays.Folded(months, departments, byChannel, out, known, byHour, byDay);
    }

    /**
     * What the dashboard and the extended-hours page show when they open or change their range, in one call and one
     * transaction (they used to make three or four): whether the caller sees the whole office, the departments he
     * may pick, the report of the range, and the per-channel figures when {@code withChannels}. A rejected filter
     * leaves the report and figures null and its errors in {@link Opened#errors}.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public Opened open(Filter f, boolean withChannels) {
        OneConnection.forReads(em);
        boolean all = seesAll();
        // A manager's units are read once here, for his choices and for the scope of both figures.
        List<Unit> headed = all ? List.of() : headedUnits();
        List<Unit> choices = all
                ? departmentChoices()
                : headed.stream()
                        .filter(u -> u.getKind() == UnitKind.DEPARTMENT)
                        .toList();
        String scope = all ? "" : managerScope(headed);
        try {
            KpiReport report = compute(f, conditions(f) + scope);
            List<KpiDays.ChannelFigures> channels = withChannels
                    ? KpiDays.channels(
                            em,
                            f.from(),
                            f.to(),
                            conditions(new Filter(f.from(), f.to(), f.departmentCode(), null)) + scope)
                    : null;
            return new Opened(all, choices, report, channels, List.of());
        } catch (InputRejected e) {
            return new Opened(all, choices, null, null, e.errors());
        }
    }

    /** See {@link #open}. */
    public record Opened(
            boolean officeWide,
            List<Unit> departmentChoices,
            KpiReport report,
            List<KpiDays.ChannelFigures> channels,
            List<Problem.FieldError> errors) {}

    /** The departments the caller may pick: all for the office-wide roles, else those he heads or whose team he heads. */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public List<Unit> departmentChoices() {
        if (seesAll()) {
            return em.createQuery("SELECT u FROM Unit u WHERE u.kind = :dept ORDER BY u.name", Unit.class)
                    .setParameter("dept", UnitKind.DEPARTMENT)
                    .getResultList();
        }
        return headedUnits().stream()
                .filter(u -> u.getKind() == UnitKind.DEPARTMENT)
                .toList();
    }

    /** Whether the caller sees the whole office (otherwise his units). */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME, "API_READ"})
    public boolean officeWide() {
        return seesAll();
    }

    // ---------------------------------------------------------------- building

    /** The scope and filter conditions, " AND ..." (ids inlined: they are numbers read from the database here). */
    private String where(Filter f) {
        String where = conditions(f);
        return seesAll() ? where : where + managerScope();
    }

    /** The filter conditions without the caller's scope; 400 for a reversed range or an unknown code. */
    private String conditions(Filter f) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (f.from() == null || f.to() == null) {
            errors.add(new Problem.FieldError(
                    f.from() == null ? "from" : "to", null, Texts.t("dashboard.msg.KpiResource.2")));
        } else if (f.to().isBefore(f.from())) {
            errors.add(new Problem.FieldError("to", null, Texts.t("dashboard.msg.KpiResource.4"), f.to().toString()));
        }
        StringBuilder where = new StringBuilder();
        if (f.departmentCode() != null && !f.departmentCode().isBlank()) {
            Optional<Unit> unit = units.byCode(f.departmentCode().trim());
            if (unit.isEmpty()) {
                errors.add(new Problem.FieldError(
                        "department", null, Texts.t("dashboard.msg.Kpis.1"), f.departmentCode()));
            } else {
                long id = unit.get().getId();
                where.append(" AND (p.unit_id = ")
                        .append(id)
                        .append(" OR p.department_id = ")
                        .append(id)
                        .append(')');
            }
        }
        if (f.handlerNo() != null && !f.handlerNo().isBlank()) {
            Optional<Employee> e = staff.byNumber(f.handlerNo().trim());
            if (e.isEmpty()) {
                // No error naming the number: the answer must not tell which employee numbers exist (issue 14).
                // An unknown handler handled nothing, so his figures are those of no petition.
                where.append(" AND 1 = 0");
            } else {
                where.append(" AND p.handler_id = ").append(e.get().getId());
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejected(InputRejected.BAD_REQUEST, Texts.t("dashboard.msg.KpiResource.3"), errors);
        }
        return where.toString();
    }

    /** A manager's units: teams he leads, and departments he heads with all their teams. Nothing when he heads none. */
    private String managerScope() {
        return managerScope(headedUnits());
    }

    private static String managerScope(List<Unit> units) {
        if (units.stream().anyMatch(u -> u.getKind() == UnitKind.OFFICE)) {
            return "";
        }
        String teams = ids(units, UnitKind.TEAM);
        String departments = ids(units, UnitKind.DEPARTMENT);
        List<String> or = new ArrayList<>();
        if (!teams.isEmpty()) {
            or.add("p.unit_id IN (" + teams + ")");
        }
        if (!departments.isEmpty()) {
            or.add("p.department_id IN (" + departments + ")");
        }
        return or.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", or) + ")";
    }

    private List<Unit> headedUnits() {
        Optional<Employee> me = accounts.callingEmployee();
        if (me.isEmpty() || !session.isCallerInRole(Role.MANAGER_NAME)) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM Unit u WHERE u.head.id = :me ORDER BY u.name", Unit.class)
                .setParameter("me", me.get().getId())
                .getResultList();
    }

    private static String ids(List<Unit> units, UnitKind kind) {
        return units.stream()
                .filter(u -> u.getKind() == kind)
                .map(u -> String.valueOf(u.getId()))
                .collect(Collectors.joining(", "));
    }

    private boolean seesAll() {
        return session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(Role.AUDITOR_NAME)
                || session.isCallerInRole("API_READ");
    }

    /** Runs a range query ({@code ?1} from, {@code ?2} to, in that order) on a connection of its own, in the background. */
    private Future<List<Object[]>> alongside(String sql, LocalDateTime from, LocalDateTime to) {
        String jdbc = sql.replace("?1", "?").replace("?2", "?");
        return executor.submit(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(jdbc)) {
                s.setObject(1, from);
                s.setObject(2, to);
                List<Object[]> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        });
    }

    private static List<Object[]> joined(Future<List<Object[]>> rows) {
        try {
            return rows.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("KPI query interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("KPI query failed", e.getCause() == null ? e : e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object first, Object second) {
        Query q = em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second);
        return q.getResultList();
    }

    private static KpiTotals totals(Object[] r, int at) {
        return new KpiTotals(number(r[at]), number(r[at + 1]), decimal(r[at + 2]), decimal(r[at + 3]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDateTime toDateTime(Object o) {
        if (o instanceof LocalDateTime t) {
            return t;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
