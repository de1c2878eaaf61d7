package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.control.FileKind;
import kr.minwon.portal.bestpractice.control.Scoring;
import kr.minwon.portal.bestpractice.entity.CaseAdoption;
import kr.minwon.portal.bestpractice.entity.CaseAttachment;
import kr.minwon.portal.bestpractice.entity.CaseCategory;
import kr.minwon.portal.bestpractice.entity.CaseEvent;
import kr.minwon.portal.bestpractice.entity.CaseReview;
import kr.minwon.portal.bestpractice.entity.CaseStatus;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.bestpractice.entity.ReviewCriterion;
import kr.minwon.portal.security.boundary.FirstStart;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Unit;

/**
 * Demo cases in every interesting state: three published with attachments (among them 성동구's 2024 장려상
 * "토요민원실 월 2회 확대"), one approved for a later day, one in review for demo.reviewer, one submitted, one rejected,
 * and demo.manager's own draft. Written straight into the entities: the seeding has no caller to check.
 */
@Stateless
public class DemoCases {

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Clock clock;

    @Inject
    AttachmentStore store;

    @PermitAll
    public void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) FirstStart.DemoSeeding seeding) {
        Map<String, Employee> people = seeding.demoPeople();
        Employee reviewer = people.get("demo.reviewer");
        LocalDateTime now = LocalDateTime.now(clock);
        List<ReviewCriterion> criteria = em.createQuery(
                        "SELECT r FROM ReviewCriterion r WHERE r.round IS NULL ORDER BY r.sortNo",
                        ReviewCriterion.class)
                .getResultList();

        PracticeCase saturday = write(
                people.get("demo.head"),
                unit("D-CIVIL"),
                new CaseInput(
                        "토요민원실 월 2회 확대",
                        "민원여권과 02-2286-5000",
                        CaseCategory.SPEED,
                        LocalDate.of(2024, 3, 9),
                        "<p>평일에 구청을 찾기 어려운 <strong>맞벌이 가구와 직장인</strong>의 민원이 늘었지만, 토요민원실은 월 1회만 열려 대기가 길었습니다.</p>",
                        "<ul><li>토요민원실 월 1회(넷째 토요일) 운영</li><li>평균 대기 40분, 처리 가능 민원 12종</li></ul>",
                        "<ul><li>토요민원실 <strong>월 2회</strong>(둘째·넷째 토요일) 운영</li><li>여권·가족관계·인감 등 처리 가능 민원 <strong>21종</strong>으로 확대</li>"
                                + "<li>온라인 사전 예약으로 대기 없는 방문</li></ul>",
                        "<p>토요일 이용 주민 연 <strong>6,200명</strong>(전년 대비 2배), 평균 대기 12분, 만족도 94.5%. 2024 서울시 민원서비스 우수사례 <em>장려상</em>.</p>",
                        "<p>인력 순환 배치표와 예약 시스템만 있으면 어느 자치구나 도입할 수 있습니다. 운영 매뉴얼을 첨부했습니다.</p>",
                        "<ol><li>동 주민센터와 연계한 찾아가는 토요민원 시범 운영</li><li>예약 알림 문자 도입</li></ol>",
                        new BigDecimal("5"),
                        0,
                        6200,
                        new BigDecimal("94.5"),
                        "토요민원실,주말민원,대기시간"),
                now.minusMonths(14));
        publish(saturday, reviewer, criteria, Grade.MERIT, now.minusMonths(12), new int[] {6, 8, 7, 5});
        attach(saturday, "토요민원실 운영 매뉴얼.pdf", FileKind.PDF, pdf("Saturday petition office: operating manual"));
        attach(saturday, "토요민원실 이용 현황.png", FileKind.PNG, png(new Color(37, 99, 235)));
        counts(saturday, 184, 37);

        PracticeCase building = write(
                head("T-BUILD-1"),
                unit("T-BUILD-1"),
                new CaseInput(
                        "건축허가 구비서류 원스톱 감축",
                        "건축과 건축허가팀",
                        CaseCategory.DOCUMENTS,
                        LocalDate.of(2025, 2, 3),
                        "<p>건축허가 신청 때 행정정보 공동이용으로 볼 수 있는 서류까지 내도록 해 신청인 부담이 컸습니다.</p>",
                        "<p>구비서류 9종, 발급 기관 4곳 방문.</p>",
                        "<p>공동이용 조회로 <strong>5종 생략</strong>, 나머지 4종도 전자 제출.</p>",
                        "<p>서류 5종 감축, 처리기간 평균 3일 단축, 연 1,400건 적용.</p>",
                        "<p>공동이용 동의서 서식만 바꾸면 되어 다른 인허가에도 바로 적용할 수 있습니다.</p>",
                        "<p>개발행위허가, 용도변경 신고로 확대.</p>",
                        new BigDecimal("3"),
                        5,
                        1400,
                        new BigDecimal("91.0"),
                        "구비서류,행정정보공동이용,건축허가"),
                now.minusMonths(9));
        publish(building, reviewer, criteria, Grade.EXCELLENT, now.minusMonths(7), new int[] {7, 9, 8, 6});
        attach(building, "구비서류 감축 전후 비교.pdf", FileKind.PDF, pdf("Building permit: documents before and after"));
        counts(building, 96, 21);

        PracticeCase kakao = write(
                head("T-IT"),
                unit("T-IT"),
                new CaseInput(
                        "모바일 민원 예약·알림 서비스",
                        "정보통신과 정보화팀",
                        CaseCategory.DIGITAL,
                        LocalDate.of(2025, 6, 2),
                        "<p>창구 대기 시간이 길고, 처리 완료를 확인하려면 전화해야 했습니다.</p>",
                        "<p>현장 번호표, 완료 여부는 전화 문의.</p>",
                        "<p>모바일로 방문 예약, 접수·완료 단계마다 <strong>알림 메시지</strong> 발송.</p>",
                        "<p>전화 문의 38% 감소, 이용자 9,800명, 만족도 96.2%.</p>",
                        "<p>표준 메시지 API를 써서 다른 구도 그대로 연동할 수 있습니다.</p>",
                        "<p>여권 수령 알림, 무인민원발급기 위치 안내 추가.</p>",
                        new BigDecimal("1.5"),
                        0,
                        9800,
                        new BigDecimal("96.2"),
                        "모바일,알림,예약"),
                now.minusMonths(5));
        publish(kakao, reviewer, criteria, Grade.GRAND, now.minusMonths(3), new int[] {9, 9, 8, 8});
        attach(kakao, "서비스 화면.png", FileKind.PNG, png(new Color(22, 163, 74)));
        attach(kakao, "사업 결과 보고.pdf", FileKind.PDF, pdf("Mobile reservation and alerts: final report"));
        counts(kakao, 233, 52);

        PracticeCase scheduled = write(
                head("T-ENV-1"),
                unit("T-ENV-1"),
                new CaseInput(
                        "대형폐기물 배출 신고 간소화",
                        "청소행정과",
                        CaseCategory.SPEED,
                        LocalDate.of(2025, 9, 1),
                        "<p>대형폐기물 신고에 방문이 필요했습니다.</p>",
                        "<p>동 주민센터 방문 신고.</p>",
                        "<p>온라인 신고와 QR 스티커.</p>",
                        "<p>방문 신고 70% 감소.</p>",
                        "<p>모든 자치구가 같은 절차를 씁니다.</p>",
                        "<p>수거 일정 알림.</p>",
                        new BigDecimal("1"),
                        1,
                        5200,
                        new BigDecimal("89.0"),
                        "대형폐기물,온라인신고"),
                now.minusMonths(2));
        decide(scheduled, reviewer, criteria, CaseStatus.APPROVED, Grade.MERIT, now.minusDays(10), new int[] {6, 7, 6, 5
        });
        scheduled.schedulePublication(now.toLocalDate().plusDays(14));

        PracticeCase passport = write(
                head("T-PASSPORT"),
                unit("T-PASSPORT"),
                new CaseInput(
                        "여권 발급 신청서 작성 도우미",
                        "민원여권과 여권팀",
                        CaseCategory.SPEED,
                        LocalDate.of(2025, 11, 3),
                        "<p>신청서를 잘못 써 다시 쓰는 일이 잦았습니다.</p>",
                        "<p>종이 신청서 직접 작성.</p>",
                        "<p>태블릿 작성 도우미로 입력 오류를 바로 알려 줍니다.</p>",
                        "<p>재작성 80% 감소.</p>",
                        "<p>태블릿과 서식 파일만 있으면 됩니다.</p>",
                        "<p>가족관계 신청서에도 적용.</p>",
                        new BigDecimal("0.5"),
                        0,
                        3100,
                        new BigDecimal("92.0"),
                        "여권,서식개선"),
                now.minusDays(20));
        submit(passport, now.minusDays(12));
        assign(passport, reviewer, now.minusDays(10));

        PracticeCase welfare = write(
                head("T-WELFARE-1"),
                unit("T-WELFARE-1"),
                new CaseInput(
                        "복지 서비스 한 장 안내문",
                        "복지정책과",
                        CaseCategory.OTHER,
                        LocalDate.of(2025, 10, 1),
                        "<p>복지 서비스 안내가 흩어져 있었습니다.</p>",
                        "<p>서비스별 안내문 14종.</p>",
                        "<p>한 장 안내문과 자가진단표.</p>",
                        "<p>상담 시간 30% 단축.</p>",
                        "<p>서식 공유로 바로 도입 가능.</p>",
                        "<p>다국어판 제작.</p>",
                        null,
                        13,
                        2400,
                        null,
                        "복지,안내문"),
                now.minusDays(6));
        submit(welfare, now.minusDays(2));

        PracticeCase rejected = write(
                head("T-TAX2-1"),
                unit("T-TAX2-1"),
                new CaseInput(
                        "재산세 고지서 안내 문구 정비",
                        "세무2과 재산세팀",
                        CaseCategory.OTHER,
                        LocalDate.of(2025, 7, 1),
                        "<p>고지서 문구가 어려웠습니다.</p>",
                        "<p>법령 문구 그대로.</p>",
                        "<p>쉬운 말 안내.</p>",
                        "<p>문의 전화 소폭 감소.</p>",
                        "<p>고지서 양식이 시스템마다 달라 확산이 어렵습니다.</p>",
                        "<p>-</p>",
                        null,
                        null,
                        null,
                        null,
                        "재산세,고지서"),
                now.minusMonths(4));
        decide(rejected, reviewer, criteria, CaseStatus.REJECTED, null, now.minusMonths(3), new int[] {3, 4, 2, 2});

        write(
                people.get("demo.manager"),
                unit("T-CIVIL-1"),
                new CaseInput(
                        "민원 대기 안내 전광판 개선",
                        null,
                        CaseCategory.DIGITAL,
                        null,
                        "<p>대기 인원만 보여 예상 시간을 알 수 없었습니다.</p>",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "대기시간"),
                now.minusDays(3));

        // 주택관리팀 adopted the Saturday office; the rule set gives no adoption points in the demo (0 by default).
        Unit house = unit("T-HOUSE-1");
        em.persist(new CaseAdoption(saturday, house, "격주 토요일 주택 관련 상담 창구로 도입", now.minusMonths(6), "demo"));
        em.flush();
        em.createQuery("UPDATE PracticeCase c SET c.adoptionCount = 1 WHERE c.id = :id")
                .setParameter("id", saturday.getId())
                .executeUpdate();
    }

    private Unit unit(String code) {
        return units.byCode(code).orElseThrow();
    }

    private Employee head(String code) {
        return unit(code).getHead();
    }

    private PracticeCase write(Employee author, Unit unit, CaseInput input, LocalDateTime at) {
        PracticeCase c = new PracticeCase(author, unit, at);
        c.write(input.sanitized(), at);
        em.persist(c);
        em.persist(new CaseEvent(c, "CREATED", null, CaseStatus.DRAFT, null, "demo", at));
        return c;
    }

    private void submit(PracticeCase c, LocalDateTime at) {
        c.moveTo(CaseStatus.SUBMITTED, at);
        em.persist(new CaseEvent(c, "SUBMIT", CaseStatus.DRAFT, CaseStatus.SUBMITTED, null, "demo", at));
    }

    private CaseReview assign(PracticeCase c, Employee reviewer, LocalDateTime at) {
        CaseReview r = new CaseReview(c, reviewer, at, "demo.admin");
        em.persist(r);
        CaseStatus from = c.getStatus();
        c.moveTo(CaseStatus.IN_REVIEW, at);
        em.persist(new CaseEvent(
                c, "ASSIGN_REVIEWER", from, CaseStatus.IN_REVIEW, "심사위원 배정: " + reviewer.getName(), "demo.admin", at));
        return r;
    }

    private void decide(
            PracticeCase c,
            Employee reviewer,
            List<ReviewCriterion> criteria,
            CaseStatus outcome,
            Grade grade,
            LocalDateTime at,
            int[] points) {
        submit(c, at.minusDays(20));
        CaseReview r = assign(c, reviewer, at.minusDays(15));
        List<Scoring.Mark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            BigDecimal p = BigDecimal.valueOf(points[i % points.length]);
            r.score(criteria.get(i), p);
            marks.add(new Scoring.Mark(p, criteria.get(i).getWeight()));
        }
        r.conclude("데모 심사 메모(심사위원·관리자만 봄)", Scoring.total(marks), at.minusDays(1));
        c.moveTo(outcome, at);
        c.decide(grade, "demo.reviewer", at);
        em.persist(new CaseEvent(
                c,
                outcome == CaseStatus.APPROVED ? "APPROVE" : "REJECT",
                CaseStatus.IN_REVIEW,
                outcome,
                grade == null ? "확산가능성이 낮음" : CaseAccess.gradeName(grade),
                "demo.reviewer",
                at));
    }

    private void publish(
            PracticeCase c,
            Employee reviewer,
            List<ReviewCriterion> criteria,
            Grade grade,
            LocalDateTime at,
            int[] points) {
        decide(c, reviewer, criteria, CaseStatus.APPROVED, grade, at.minusDays(14), points);
        c.schedulePublication(at.toLocalDate());
        c.moveTo(CaseStatus.PUBLISHED, at);
        em.persist(new CaseEvent(c, "PUBLISH", CaseStatus.APPROVED, CaseStatus.PUBLISHED, null, "demo.admin", at));
    }

    private void attach(PracticeCase c, String name, FileKind kind, byte[] bytes) {
        AttachmentStore.Received r = store.write(bytes);
        em.persist(new CaseAttachment(c, name, kind, r.size(), r.sha256(), c.getUpdatedAt(), "demo"));
    }

    private void counts(PracticeCase c, int views, int likes) {
        em.flush();
        em.createQuery("UPDATE PracticeCase c SET c.viewCount = :v, c.likeCount = :l WHERE c.id = :id")
                .setParameter("v", views)
                .setParameter("l", likes)
                .setParameter("id", c.getId())
                .executeUpdate();
    }

    /** A one-page PDF with a correct cross-reference table, small enough to build by hand. */
    static byte[] pdf(String text) {
        String safe = text.replaceAll("[()\\\\]", "");
        String stream = "BT /F1 18 Tf 72 720 Td (" + safe + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            out.append(String.format("%010d 00000 n \n", o));
        }
        out.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png(Color colour) {
        BufferedImage img = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 120);
        g.setColor(colour);
        int[] bars = {40, 70, 55, 95};
        for (int i = 0; i < bars.length; i++) {
            g.fillRect(20 + i * 55, 110 - bars[i], 40, bars[i]);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
