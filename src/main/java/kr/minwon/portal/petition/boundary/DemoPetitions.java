package kr.minwon.portal.petition.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionEvent;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.petition.entity.Residence;
import kr.minwon.portal.security.boundary.FirstStart;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Unit;

/**
 * The demo office's catalogue and a year of petitions: periods in the proportions DOMAIN.md §8 gives, every channel
 * (Saturday and 365-office receipts included), outcomes, clock stops, extensions, a few overdue, and for demo.employee
 * open petitions at each notice stage. Deterministic, so every demo looks the same.
 */
@Stateless
public class DemoPetitions {

    private static final Logger LOG = Logger.getLogger(DemoPetitions.class.getName());

    /** code, name, amount, unit, compound, owning department, weight (how common). */
    private record Kind(
            String code, String name, int amount, PeriodUnit unit, boolean compound, String department, int weight) {}

    private static final List<Kind> CATALOGUE = List.of(
            new Kind("C0001", "주민등록표 등·초본 교부", 0, PeriodUnit.IMMEDIATE, false, "D-CIVIL", 6),
            new Kind("C0002", "인감증명서 발급", 0, PeriodUnit.IMMEDIATE, false, "D-CIVIL", 4),
            new Kind("C0003", "가족관계등록 신고(출생·사망)", 1, PeriodUnit.DAY, false, "D-CIVIL", 5),
            new Kind("C0004", "혼인·이혼 신고", 3, PeriodUnit.DAY, false, "D-CIVIL", 6),
            new Kind("C0005", "개명 신고 정정", 3, PeriodUnit.DAY, false, "D-CIVIL", 3),
            new Kind("C0006", "여권 발급", 8, PeriodUnit.DAY, false, "D-CIVIL", 8),
            new Kind("C0007", "전입신고 사실조사", 5, PeriodUnit.DAY, false, "D-CIVIL", 5),
            new Kind("B0001", "건축허가", 10, PeriodUnit.DAY, true, "D-BUILD", 3),
            new Kind("B0002", "건축신고", 5, PeriodUnit.DAY, false, "D-BUILD", 4),
            new Kind("B0003", "건축물 사용승인", 7, PeriodUnit.DAY, true, "D-BUILD", 3),
            new Kind("B0004", "건축물대장 기재사항 변경", 4, PeriodUnit.DAY, false, "D-BUILD", 3),
            new Kind("H0001", "공동주택 관리 민원", 7, PeriodUnit.DAY, false, "D-HOUSE", 3),
            new Kind("H0002", "임대사업자 등록", 5, PeriodUnit.DAY, false, "D-HOUSE", 3),
            new Kind("L0001", "토지거래계약 허가", 15, PeriodUnit.DAY, true, "D-LAND", 2),
            new Kind("L0002", "지적측량성과 검사", 5, PeriodUnit.DAY, false, "D-LAND", 3),
            new Kind("L0003", "부동산 실거래 신고 정정", 3, PeriodUnit.DAY, false, "D-LAND", 4),
            new Kind("T0001", "지방세 납세증명 발급", 0, PeriodUnit.IMMEDIATE, false, "D-TAX1", 4),
            new Kind("T0002", "취득세 신고", 2, PeriodUnit.DAY, false, "D-TAX1", 5),
            new Kind("T0003", "재산세 과세 정정 신청", 10, PeriodUnit.DAY, false, "D-TAX2", 2),
            new Kind("R0001", "거주자우선주차 배정 신청", 7, PeriodUnit.DAY, false, "D-TRAFFIC", 3),
            new Kind("R0002", "주정차 위반 과태료 의견진술", 7, PeriodUnit.DAY, false, "D-TRAFFIC", 4),
            new Kind("R0003", "도로점용 허가", 10, PeriodUnit.DAY, true, "D-ROAD", 2),
            new Kind("E0001", "대형폐기물 배출 신고", 1, PeriodUnit.DAY, false, "D-ENV", 4),
            new Kind("E0002", "옥외광고물 표시 허가", 6, PeriodUnit.DAY, false, "D-ENV", 2),
            new Kind("F0001", "일반음식점 영업신고", 3, PeriodUnit.DAY, false, "D-HEALTH", 4),
            new Kind("F0002", "공중위생영업 신고", 3, PeriodUnit.DAY, false, "D-HEALTH", 3),
            new Kind("W0001", "기초생활보장 급여 신청", 30, PeriodUnit.DAY, true, "D-WELFARE", 2),
            new Kind("W0002", "장애인 등록", 14, PeriodUnit.DAY, false, "D-WELFARE", 2),
            new Kind("W0003", "보육료 지원 신청", 4, PeriodUnit.DAY, false, "D-FAMILY", 3),
            new Kind("G0001", "법령 질의", 14, PeriodUnit.DAY, false, "D-PLAN", 1),
            new Kind("G0002", "제도·절차 질의", 7, PeriodUnit.DAY, false, "D-PLAN", 2),
            new Kind("G0003", "건의", 14, PeriodUnit.DAY, false, "D-PLAN", 1),
            new Kind("G0004", "고충민원", 7, PeriodUnit.DAY, false, "D-AUDIT", 2),
            new Kind("G0005", "기타 민원", 0, PeriodUnit.IMMEDIATE, false, "D-CIVIL", 1),
            new Kind("G0006", "정보공개 청구", 10, PeriodUnit.DAY, false, "D-PLAN", 2),
            new Kind("G0007", "개발부담금 이의신청", 1, PeriodUnit.MONTH, true, "D-LAND", 1));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar officeCalendar;

    @Inject
    KpiBatch kpiBatch;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) FirstStart.DemoSeeding seeding) {
        long t0 = System.nanoTime();
        // The KPI read model's rows are summed and written once each at the end, not per petition.
        int count = kpiBatch.call(() -> seedPetitions(seeding));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOG.info("Demo petitions: " + count + " in " + ms + " ms.");
    }

    private int seedPetitions(FirstStart.DemoSeeding seeding) {
        Random random = new Random(20251122L);
        WorkingCalendar calendar = officeCalendar.calendar();
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);

        Map<String, PetitionType> types = new HashMap<>();
        List<Kind> weighted = new ArrayList<>();
        for (Kind k : CATALOGUE) {
            PetitionType t = new PetitionType(
                    k.code(),
                    k.name(),
                    new LegalPeriod(k.amount(), k.unit()),
                    k.compound(),
                    k.unit() != PeriodUnit.IMMEDIATE,
                    true);
            em.persist(t);
            types.put(k.code(), t);
            for (int i = 0; i < k.weight(); i++) {
                weighted.add(k);
            }
        }

        Map<String, List<Employee>> handlers = new HashMap<>();
        for (Employee e : em.createQuery(
                        "SELECT e FROM Employee e JOIN FETCH e.unit u LEFT JOIN FETCH u.parent WHERE e.active = TRUE",
                        Employee.class)
                .getResultList()) {
            Unit dept = e.getUnit().department();
            if (dept != null) {
                handlers.computeIfAbsent(dept.getCode(), k -> new ArrayList<>()).add(e);
            }
        }

        Employee demoEmployee = seeding.demoPeople().get("demo.employee");
        int count = 0;
        int seq = 1;
        LocalDate first = now.toLocalDate().minusDays(365);
        for (LocalDate day = first; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            boolean working = calendar.isWorkingDay(day);
            int receipts = working ? 26 + random.nextInt(10) : (day.getDayOfWeek() == DayOfWeek.SATURDAY ? 6 : 3);
            for (int i = 0; i < receipts; i++) {
                Kind kind = weighted.get(random.nextInt(weighted.size()));
                Channel channel = channel(random, day, working);
                LocalDateTime receivedAt = receiptTime(random, day, channel);
                if (receivedAt.isAfter(now.minusMinutes(30))) {
                    continue;
                }
                List<Employee> pool = handlers.get(kind.department());
                Employee handler = kind.department().equals("D-CIVIL") && random.nextInt(12) == 0
                        ? demoEmployee
                        : pool.get(random.nextInt(pool.size()));
                if (create(random, calendar, now, types.get(kind.code()), kind, handler, channel, receivedAt, seq++)) {
                    count++;
                }
            }
        }
        count += office365(random, calendar, now, types, handlers.get("D-CIVIL"), demoEmployee, seq);
        // demo.employee's open petitions, one at each notice stage: due in 3, 2, 1 and 0 working days, and overdue.
        PetitionType sevenDays = types.get("G0002");
        LocalDate today = now.toLocalDate();
        LocalDate workingToday = calendar.workingDayOnOrAfter(today);
        for (int left = -2; left <= 3; left++) {
            LocalDate received = calendar.addWorkingDays(workingToday, left - 6);
            Petition p = new Petition(
                    String.format("%d-%07d", received.getYear(), 9_000_000 + left + 10),
                    sevenDays,
                    received.atTime(10, 0),
                    demoEmployee,
                    demoEmployee.getUnit(),
                    Channel.ONLINE,
                    Residence.IN,
                    false,
                    now);
            p.schedule(new DeadlineCalculator(officeCalendar.calendar()).compute(p.getReceivedAt(), p.period()), false);
            em.persist(p);
            em.persist(new PetitionEvent(p.getId(), p.getReceivedAt(), "system", "RECEIVED", "데모 자료"));
            count++;
        }
        em.flush();
        return count;
    }

    private boolean create(
            Random random,
            WorkingCalendar calendar,
            LocalDateTime now,
            PetitionType type,
            Kind kind,
            Employee handler,
            Channel channel,
            LocalDateTime receivedAt,
            int seq) {
        Residence resident =
                random.nextInt(100) < (channel == Channel.OFFICE365 || channel == Channel.SATURDAY ? 45 : 78)
                        ? Residence.IN
                        : Residence.OUT;
        Petition p = new Petition(
                String.format("%d-%07d", receivedAt.getYear(), seq),
                type,
                receivedAt,
                handler,
                handler.getUnit(),
                channel,
                resident,
                kind.compound(),
                now);
        Deadline d = new DeadlineCalculator(officeCalendar.calendar()).compute(receivedAt, p.period());
        // Some supplement requests and extensions, as long periods attract them.
        if (d.mode() != kr.minwon.portal.petition.control.DeadlineMode.HOURS && random.nextInt(100) < 6) {
            LocalDateTime stopStart = calendar.addWorkingMinutes(d.clockStart(), Math.max(60, d.allowedMinutes() / 4));
            LocalDateTime stopEnd = calendar.addWorkingMinutes(stopStart, 480L * (1 + random.nextInt(3)));
            if (stopEnd.isBefore(now)) {
                p.addStop(StopReason.SUPPLEMENT, stopStart, stopEnd, "구비서류 보완 요청");
            }
        } else if (d.mode() != kr.minwon.portal.petition.control.DeadlineMode.HOURS && random.nextInt(100) < 2) {
            p.addExtension(
                    new Extension(Math.max(1, p.getPeriodAmount() / 2), "현장 확인과 관계기관 협의가 필요함", false),
                    receivedAt,
                    "system");
        }
        d = new DeadlineCalculator(officeCalendar.calendar())
                .compute(receivedAt, p.period(), p.clockStops(), p.legalExtensions());
        double share = lateShare(random);
        long allowed = d.allowedMinutes();
        long usedTarget = Math.max(10, (long) (allowed * share));
        LocalDateTime approvedAt = calendar.addWorkingMinutes(d.clockStart(), usedTarget);
        for (var stop : p.getStops()) {
            if (!approvedAt.isBefore(stop.getStartedAt())) {
                approvedAt = calendar.addWorkingMinutes(
                        approvedAt, calendar.workingMinutesBetween(stop.getStartedAt(), stop.getEndedAt()) + 480);
            }
        }
        // Open petitions: not yet decided. A handful stay open past their deadline (the auditor's 독촉 list).
        boolean stayOpen = approvedAt.isAfter(now)
                || (d.deadline().isBefore(now) && d.deadline().isAfter(now.minusDays(20)) && random.nextInt(100) < 3);
        if (!stayOpen) {
            p.complete(approvedAt, approvedAt.plusMinutes(30 + random.nextInt(600)), outcome(random), now);
        }
        p.schedule(d, false);
        p.recordExtendedDeadline();
        em.persist(p);
        em.persist(new PetitionEvent(p.getId(), receivedAt, "system", "RECEIVED", "데모 자료 · " + type.getName()));
        if (p.isCompleted()) {
            em.persist(new PetitionEvent(
                    p.getId(),
                    p.getApprovedAt(),
                    "system",
                    "COMPLETED",
                    "결재 · " + p.getOutcome() + " · 사용 " + p.getUsedDays() + "일 / 법정 " + p.getLegalDays() + "일"));
        }
        return true;
    }

    /**
     * The 365 office (365민원봉사실, open 09–22 every day) in its first 68 days, at the scale of 광주 서구's (DOMAIN.md
     * §8: 11,406 documents in 68 days, 2,152 on weekends, 55 % from outside the district): certificates issued at
     * the counter within minutes, about 190 a weekday and 110 a weekend day. Not demo.employee's.
     */
    private int office365(
            Random random,
            WorkingCalendar calendar,
            LocalDateTime now,
            Map<String, PetitionType> types,
            List<Employee> civil,
            Employee demoEmployee,
            int seq) {
        List<Employee> clerks = civil.stream()
                .filter(e -> !e.getId().equals(demoEmployee.getId()))
                .toList();
        List<PetitionType> documents = List.of(types.get("C0001"), types.get("C0002"), types.get("T0001"));
        int count = 0;
        LocalDate today = now.toLocalDate();
        for (LocalDate day = today.minusDays(67); !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int issued = weekend ? 100 + random.nextInt(22) : 178 + random.nextInt(26);
            for (int i = 0; i < issued; i++) {
                LocalDateTime receivedAt = day.atTime(9, 0).plusMinutes(random.nextInt(13 * 60));
                LocalDateTime approvedAt = receivedAt.plusMinutes(5 + random.nextInt(16));
                if (approvedAt.isAfter(now.minusMinutes(1))) {
                    continue;
                }
                Employee clerk = clerks.get(random.nextInt(clerks.size()));
                Petition p = new Petition(
                        String.format("%d-%07d", receivedAt.getYear(), 5_000_000 + seq++),
                        documents.get(random.nextInt(documents.size())),
                        receivedAt,
                        clerk,
                        clerk.getUnit(),
                        Channel.OFFICE365,
                        random.nextInt(100) < 55 ? Residence.OUT : Residence.IN,
                        false,
                        now);
                p.complete(approvedAt, approvedAt, Outcome.GRANTED, now);
                p.schedule(new DeadlineCalculator(calendar).compute(receivedAt, p.period()), false);
                em.persist(p);
                em.persist(new PetitionEvent(p.getId(), receivedAt, "system", "RECEIVED", "데모 자료 · 365민원실 발급"));
                count++;
            }
        }
        return count;
    }

    /** Share of the allowed time used: most well inside, a few late. */
    private static double lateShare(Random random) {
        int r = random.nextInt(100);
        if (r < 2) {
            return 1.05 + random.nextDouble() * 0.5;
        }
        if (r < 30) {
            return 0.05 + random.nextDouble() * 0.2;
        }
        return 0.2 + random.nextDouble() * 0.6;
    }

    private static Outcome outcome(Random random) {
        int r = random.nextInt(100);
        return r < 86
                ? Outcome.GRANTED
                : r < 91
                        ? Outcome.REFUSED
                        : r < 95 ? Outcome.RETURNED : r < 98 ? Outcome.WITHDRAWN : Outcome.TRANSFERRED;
    }

    private static Channel channel(Random random, LocalDate day, boolean working) {
        if (!working) {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY && random.nextInt(3) > 0
                    ? Channel.SATURDAY
                    : random.nextInt(2) == 0 ? Channel.OFFICE365 : Channel.ONLINE;
        }
        int r = random.nextInt(100);
        return r < 52
                ? Channel.COUNTER
                : r < 80
                        ? Channel.ONLINE
                        : r < 86
                                ? Channel.KIOSK
                                : r < 91
                                        ? Channel.NIGHT
                                        : r < 95 ? Channel.OFFICE365 : r < 98 ? Channel.MAIL : Channel.FAX;
    }

    private static LocalDateTime receiptTime(Random random, LocalDate day, Channel channel) {
        return switch (channel) {
            case NIGHT -> day.atTime(18, 0).plusMinutes(random.nextInt(180));
            case OFFICE365 -> day.atTime(9, 0).plusMinutes(random.nextInt(13 * 60));
            case ONLINE -> day.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60)));
            case SATURDAY -> day.atTime(9, 0).plusMinutes(random.nextInt(240));
            default -> day.atTime(9, 0).plusMinutes(random.nextInt(9 * 60));
        };
    }
}
