package kr.minwon.portal.petition.control;

import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.platform.text.Texts;

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
            return Optional.of(Texts.t("petition.msg.CorrectionRules.3"));
        }
        if (a.employeeId() != null
                && (Objects.equals(a.employeeId(), s.handlerBefore())
                        || Objects.equals(a.employeeId(), s.handlerAfter()))) {
            return Optional.of(Texts.t("petition.msg.CorrectionRules.2"));
        }
        if (!a.admin() && !a.leadsPetition()) {
            return Optional.of(Texts.t("petition.msg.CorrectionRules.1"));
        }
        return Optional.empty();
    }
}
