package kr.minwon.portal.petition.control;

import java.time.LocalDateTime;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Residence;

/**
 * A petition record as another system or a person submits it: the fields of INTERFACES.md §1, whatever the path
 * (screen, CSV, REST). Nulls mean "not given"; {@link PetitionRules} decides what is missing.
 */
public record PetitionInput(
        String receiptNo,
        String typeCode,
        LocalDateTime receivedAt,
        String handlerNo,
        String departmentCode,
        Channel channel,
        Residence resident,
        LocalDateTime approvedAt,
        LocalDateTime closedAt,
        Outcome outcome,
        Boolean compound) {

    public PetitionInput withReceiptNo(String no) {
        return new PetitionInput(
                no,
                typeCode,
                receivedAt,
                handlerNo,
                departmentCode,
                channel,
                resident,
                approvedAt,
                closedAt,
                outcome,
                compound);
    }
}
