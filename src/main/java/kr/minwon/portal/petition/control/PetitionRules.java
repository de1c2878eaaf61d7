package kr.minwon.portal.petition.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.platform.text.Texts;

/**
 * The one validation of a petition record, shared by the screens, the CSV import and the REST API, so that the three
 * never accept different things. Lookups are given by the caller: the database for single records, preloaded maps
 * for a bulk import.
 */
public final class PetitionRules {

    /** Longest receipt number the core system issues. */
    public static final int RECEIPT_NO_MAX = 40;

    private static final java.util.regex.Pattern RECEIPT_NO = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._/-]+");

    /** What the rules need to know about the office's data. */
    public interface Lookups {
        boolean typeExists(String code);

        boolean handlerExists(String employeeNo);

        boolean unitExists(String code);
    }

    /** A bad field: its name as in the REST body (camelCase) and the reason in Korean for people. */
    public record Violation(String field, String reason) {}

    private PetitionRules() {}

    public static List<Violation> check(PetitionInput in, Lookups lookups, LocalDateTime now) {
        List<Violation> v = new ArrayList<>();
        if (blank(in.receiptNo())) {
            v.add(new Violation("receiptNo", Texts.t("petition.msg.PetitionRules.9")));
        } else if (in.receiptNo().length() > RECEIPT_NO_MAX
                || !RECEIPT_NO.matcher(in.receiptNo()).matches()) {
            v.add(new Violation("receiptNo", Texts.t("petition.msg.receiptNoFormat", RECEIPT_NO_MAX)));
        }
        if (blank(in.typeCode())) {
            v.add(new Violation("typeCode", Texts.t("petition.msg.PetitionRules.8")));
        } else if (!lookups.typeExists(in.typeCode())) {
            v.add(new Violation("typeCode", Texts.t("petition.msg.unknownType", in.typeCode())));
        }
        if (in.receivedAt() == null) {
            v.add(new Violation("receivedAt", Texts.t("petition.msg.PetitionRules.7")));
        } else if (in.receivedAt().isAfter(now)) {
            v.add(new Violation("receivedAt", Texts.t("petition.msg.PetitionRules.6")));
        }
        if (blank(in.handlerNo())) {
            v.add(new Violation("handlerNo", Texts.t("petition.msg.PetitionRules.5")));
        } else if (!lookups.handlerExists(in.handlerNo())) {
            v.add(new Violation("handlerNo", Texts.t("petition.msg.noActiveEmployee", in.handlerNo())));
        }
        if (!blank(in.departmentCode()) && !lookups.unitExists(in.departmentCode())) {
            v.add(new Violation("departmentCode", Texts.t("general.msg.noSuchUnit", in.departmentCode())));
        }
        if (in.approvedAt() != null) {
            if (in.receivedAt() != null && in.approvedAt().isBefore(in.receivedAt())) {
                v.add(new Violation("approvedAt", Texts.t("petition.msg.PetitionCompletion.2")));
            }
            if (in.approvedAt().isAfter(now)) {
                v.add(new Violation("approvedAt", Texts.t("petition.msg.PetitionRules.4")));
            }
        } else if (in.outcome() != null) {
            v.add(new Violation("outcome", Texts.t("petition.msg.PetitionRules.3")));
        }
        if (in.closedAt() != null && in.approvedAt() == null) {
            v.add(new Violation("closedAt", Texts.t("petition.msg.PetitionRules.2")));
        } else if (in.closedAt() != null && in.closedAt().isBefore(in.approvedAt())) {
            v.add(new Violation("closedAt", Texts.t("petition.msg.PetitionRules.1")));
        }
        return v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
