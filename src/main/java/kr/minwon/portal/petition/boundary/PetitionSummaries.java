package kr.minwon.portal.petition.boundary;

import java.util.Objects;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Petition;

/** How {@link Petitions} compares a stored petition with an input and describes it on the timeline. */
final class PetitionSummaries {

    private PetitionSummaries() {}

    static boolean sameAs(Petition p, PetitionInput in, Petitions.Resolved r, Channel channel, boolean compound) {
        return p.getType().getCode().equals(r.type().getCode())
                && p.getReceivedAt().equals(in.receivedAt())
                && Objects.equals(p.getHandler().getId(), r.handler().getId())
                && Objects.equals(p.getUnit().getId(), r.unit().getId())
                && p.getChannel() == channel
                && p.getResident() == in.resident()
                && p.isCompound() == compound
                && Objects.equals(p.getApprovedAt(), in.approvedAt())
                && Objects.equals(p.getClosedAt(), in.closedAt())
                && (in.approvedAt() == null
                        || p.getOutcome() == (in.outcome() == null ? Outcome.GRANTED : in.outcome()));
    }

    static String describe(Petition p) {
        return p.getType().getCode() + " " + p.getType().getName() + " · 접수 " + p.getReceivedAt() + " · 담당 "
                + p.getHandler().getEmployeeNo() + " · 처리기한 " + p.getDeadline() + " (" + p.getMode() + ")"
                + (p.isCompleted() ? " · 결재 " + p.getApprovedAt() + " " + p.getOutcome() : "");
    }
}
