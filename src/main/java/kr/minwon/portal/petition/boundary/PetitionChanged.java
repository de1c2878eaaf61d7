package kr.minwon.portal.petition.boundary;

/**
 * Fired synchronously, inside the changing transaction, whenever a petition's facts or deadline change, so that
 * mileage and pre-notices follow in the same commit (or roll back with it). {@code note}, when given, says why in
 * words the ledger repeats (an approved correction names who asked and who approved); null otherwise.
 */
public record PetitionChanged(long petitionId, String receiptNo, Change change, String note) {

    public enum Change {
        RECEIVED,
        UPDATED,
        COMPLETED,
        REOPENED,
        RESCHEDULED,
        TRANSFERRED
    }

    public PetitionChanged(long petitionId, String receiptNo, Change change) {
        this(petitionId, receiptNo, change, null);
    }
}
