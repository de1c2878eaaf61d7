package kr.minwon.portal.bestpractice.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kr.minwon.portal.bestpractice.control.CaseRules;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;

/** A case change that breaks a rule: missing fields, a refused move, a refused file. Nothing of it is kept. */
@ApplicationException(rollback = true)
public class CaseRefused extends InputRejected {

    private static final long serialVersionUID = 1L;

    public CaseRefused(String detail, List<Problem.FieldError> errors) {
        super(UNPROCESSABLE, detail, errors);
    }

    public static CaseRefused of(String field, String reason) {
        return new CaseRefused(reason, List.of(new Problem.FieldError(field, null, reason)));
    }

    public static CaseRefused of(List<CaseRules.Violation> violations) {
        return new CaseRefused(
                Texts.t("cases.msg.checkInput", violations.size()),
                violations.stream()
                        .map(v -> new Problem.FieldError(v.field(), null, v.reason()))
                        .toList());
    }
}
