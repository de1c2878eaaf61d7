package kr.minwon.portal.petition.control;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may approve a correction of a petition's facts (issue 13). An approver leads the petition (leader of its team
 * or head of its department) or is an ADMIN, and is neither the person who asked nor a person the correction scores:
 * the handler before, and the handler after it. AUDITORs do not approve: they audit the corrections afterwards.
 */
public final class CorrectionRules {

    /** How an approved correction's note begins; mileage repeats it on the new score (who asked, who approved). */
    public static final String NOTE_PREFIX = "정정 #";

    /** What the rule needs to know about the one deciding. */
    public record Approver(String account, Long employeeId, boolean admin, boolean leadsPetition) {}

    /** What the rule needs to know about the correction. */
    public record Subject(String requestedBy, Long handlerBefore, Long handlerAfter) {}

    private CorrectionRules() {}

    /** Empty when {@code a} may approve or refuse; else the reason in Korean. */
    public static Optional<String> refusal(Approver a, Subject s) {
        if (Objects.equals(a.account(), s.requestedBy())) {
            return Optional.of("정정을 요청한 사람은 그 정정을 승인하거나 반려할 수 없습니다.");
        }
        if (a.employeeId() != null
                && (Objects.equals(a.employeeId(), s.handlerBefore())
                        || Objects.equals(a.employeeId(), s.handlerAfter()))) {
            return Optional.of("정정으로 마일리지가 달라지는 담당자(정정 전 또는 후)는 그 정정을 승인하거나 반려할 수 없습니다.");
        }
        if (!a.admin() && !a.leadsPetition()) {
            return Optional.of("이 민원의 팀장, 부서장 또는 관리자만 정정을 승인하거나 반려할 수 있습니다.");
        }
        return Optional.empty();
    }
}
