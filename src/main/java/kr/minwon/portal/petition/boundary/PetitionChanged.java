package kr.minwon.portal.petition.boundary;

/**
 * Fired synchronously, inside the changing transaction, whenever a petition's facts or deadline change, so that
 * mileage and pre-notices follow in the same commit (or roll back with it).
 */
public record PetitionChanged(long petitionId, String receiptNo, Change change) {

    public enum Change { RECEIVED, UPDATED, COMPLETED, REOPENED, RESCHEDULED, TRANSFERRED }
}
