package kr.minwon.portal.petition.boundary;

import java.util.Objects;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.platform.text.Texts;

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
        return Texts.t(
                        "petition.summary",
                        p.getType().getCode(),
                        p.getType().getName(),
                        String.valueOf(p.getReceivedAt()),
                        p.getHandler().getEmployeeNo(),
                        String.valueOf(p.getDeadline()),
                        String.valueOf(p.getMode()))
                + (p.isCompleted()
                        ? Texts.t(
                                "petition.summary.approved",
                                String.valueOf(p.getApprovedAt()),
                                String.valueOf(p.getOutcome()))
                        : "");
    }
}
