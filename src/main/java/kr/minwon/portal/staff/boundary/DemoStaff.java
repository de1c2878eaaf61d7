package kr.minwon.portal.staff.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/**
 * The demo office's organisation: about 20 departments, their teams and about 200 staff with Korean names, plus the
 * demo people of INTERFACES.md §3. Deterministic (fixed seed), so every demo start looks the same.
 */
@Stateless
public class DemoStaff {

    /** Demo person: username, employee number, name, roles, unit code. */
    public record DemoPerson(String username, String employeeNo, String name, EnumSet<Role> roles, String unitCode) {}

    public static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("demo.employee", "900001", "김민원", EnumSet.of(Role.EMPLOYEE), "T-CIVIL-1"),
            new DemoPerson("demo.manager", "900002", "이팀장", EnumSet.of(Role.EMPLOYEE, Role.MANAGER), "T-CIVIL-1"),
            new DemoPerson("demo.reviewer", "900003", "박심사", EnumSet.of(Role.EMPLOYEE, Role.REVIEWER), "D-PLAN"),
            new DemoPerson("demo.auditor", "900004", "최감사", EnumSet.of(Role.EMPLOYEE, Role.AUDITOR), "D-AUDIT"),
            new DemoPerson("demo.admin", "900005", "정관리", EnumSet.of(Role.ADMIN), "D-IT"),
            new DemoPerson("demo.head", "900006", "한과장", EnumSet.of(Role.EMPLOYEE, Role.MANAGER), "D-CIVIL"));

    /** Department code, name, and its teams (code, name). */
    private static final Object[][] DEPARTMENTS = {
        {"D-CIVIL", "민원여권과", new String[][] {{"T-CIVIL-1", "민원1팀"}, {"T-CIVIL-2", "민원2팀"}, {"T-PASSPORT", "여권팀"}}},
        {"D-PLAN", "기획예산과", new String[][] {{"T-PLAN", "기획팀"}, {"T-BUDGET", "예산팀"}}},
        {"D-AUDIT", "감사담당관", new String[][] {{"T-AUDIT", "감사팀"}, {"T-PETITION-REVIEW", "민원조사팀"}}},
        {"D-IT", "정보통신과", new String[][] {{"T-IT", "정보화팀"}}},
        {"D-HOUSE", "주택과", new String[][] {{"T-HOUSE-1", "주택관리팀"}, {"T-HOUSE-2", "공동주택팀"}}},
        {"D-BUILD", "건축과", new String[][] {{"T-BUILD-1", "건축허가팀"}, {"T-BUILD-2", "건축물관리팀"}}},
        {"D-LAND", "부동산정보과", new String[][] {{"T-LAND-1", "지적팀"}, {"T-LAND-2", "부동산거래팀"}}},
        {"D-TAX1", "세무1과", new String[][] {{"T-TAX1-1", "세무관리팀"}, {"T-TAX1-2", "취득세팀"}}},
        {"D-TAX2", "세무2과", new String[][] {{"T-TAX2-1", "재산세팀"}, {"T-TAX2-2", "징수팀"}}},
        {"D-TRAFFIC", "교통행정과", new String[][] {{"T-TRAFFIC-1", "교통행정팀"}, {"T-TRAFFIC-2", "주차관리팀"}}},
        {"D-ENV", "청소행정과", new String[][] {{"T-ENV-1", "청소행정팀"}, {"T-ENV-2", "자원순환팀"}}},
        {"D-WELFARE", "복지정책과", new String[][] {{"T-WELFARE-1", "복지기획팀"}, {"T-WELFARE-2", "기초생활보장팀"}}},
        {"D-HEALTH", "보건위생과", new String[][] {{"T-HEALTH-1", "식품위생팀"}, {"T-HEALTH-2", "공중위생팀"}}},
        {"D-ECON", "일자리경제과", new String[][] {{"T-ECON-1", "경제지원팀"}, {"T-ECON-2", "일자리팀"}}},
        {"D-PARK", "공원녹지과", new String[][] {{"T-PARK-1", "공원관리팀"}}},
        {"D-ROAD", "도로과", new String[][] {{"T-ROAD-1", "도로관리팀"}, {"T-ROAD-2", "도로점용팀"}}},
        {"D-CULTURE", "문화체육과", new String[][] {{"T-CULTURE-1", "문화팀"}}},
        {"D-FAMILY", "가족정책과", new String[][] {{"T-FAMILY-1", "보육팀"}, {"T-FAMILY-2", "아동청소년팀"}}},
    };

    private static final String SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나";
    private static final String[] GIVEN = {
        "민준", "서연", "지훈", "하은", "도윤", "지우", "서준", "수아", "예준", "지민", "현우", "다은", "건우", "채원", "우진", "유진", "선우", "윤서",
        "성민", "은지", "영호", "미경", "정훈", "혜진", "상철", "경희", "동현", "수빈", "태호", "소영", "재원", "나연", "진수", "보람", "형준", "가영",
        "준영", "미란"
    };
    private static final String[] RANKS = {"주무관", "주무관", "주무관", "주무관", "주무관", "팀장", "과장"};

    @PersistenceContext
    EntityManager em;

    /** Creates the organisation and staff; returns the demo people's employees by username. */
    @PermitAll
    public Map<String, Employee> seed() {
        Random random = new Random(20260101L);
        Unit office = new Unit("OFFICE", "미래구청", UnitKind.OFFICE, null);
        em.persist(office);
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<Unit, List<Unit>> teamsByDepartment = new LinkedHashMap<>();
        for (Object[] d : DEPARTMENTS) {
            Unit dept = new Unit((String) d[0], (String) d[1], UnitKind.DEPARTMENT, office);
            em.persist(dept);
            units.put(dept.getCode(), dept);
            List<Unit> teams = new ArrayList<>();
            for (String[] t : (String[][]) d[2]) {
                Unit team = new Unit(t[0], t[1], UnitKind.TEAM, dept);
                em.persist(team);
                units.put(team.getCode(), team);
                teams.add(team);
            }
            teamsByDepartment.put(dept, teams);
        }

        Map<String, Employee> demo = new LinkedHashMap<>();
        for (DemoPerson p : PEOPLE) {
            Employee e = new Employee(p.employeeNo(), p.name(), units.get(p.unitCode()));
            e.describe(
                    p.name(),
                    p.roles().contains(Role.MANAGER) ? (p.unitCode().startsWith("T-") ? "팀장" : "과장") : "주무관",
                    units.get(p.unitCode()),
                    p.username() + "@minwon.example.go.kr",
                    null);
            e.assignRoles(p.roles());
            em.persist(e);
            demo.put(p.username(), e);
        }
        units.get("T-CIVIL-1").appointHead(demo.get("demo.manager"));
        units.get("D-CIVIL").appointHead(demo.get("demo.head"));

        int number = 100001;
        for (Map.Entry<Unit, List<Unit>> entry : teamsByDepartment.entrySet()) {
            Unit dept = entry.getKey();
            if (dept.getHead() == null) {
                dept.appointHead(person(number++, random, dept, "과장", EnumSet.of(Role.EMPLOYEE, Role.MANAGER)));
            }
            for (Unit team : entry.getValue()) {
                if (team.getHead() == null) {
                    team.appointHead(person(number++, random, team, "팀장", EnumSet.of(Role.EMPLOYEE, Role.MANAGER)));
                }
                int members =
                        team.getCode().startsWith("T-CIVIL") || team.getCode().equals("T-PASSPORT")
                                ? 9
                                : 4 + random.nextInt(3);
                for (int i = 0; i < members; i++) {
                    person(number++, random, team, RANKS[random.nextInt(5)], EnumSet.of(Role.EMPLOYEE));
                }
            }
        }
        return demo;
    }

    private Employee person(int number, Random random, Unit unit, String rank, EnumSet<Role> roles) {
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
        Employee e = new Employee(String.valueOf(number), name, unit);
        e.describe(
                name,
                rank,
                unit,
                "e" + number + "@minwon.example.go.kr",
                String.format("010-%04d-%04d", random.nextInt(10000), number % 10000));
        e.assignRoles(roles);
        em.persist(e);
        return e;
    }
}
