package kr.minwon.portal.mileage.boundary;

import jakarta.ejb.ApplicationException;

/** A mileage action that is not allowed; names the field to blame and says why, for the person. */
@ApplicationException(rollback = true)
public class MileageRefused extends RuntimeException {

    private final String field;

    public MileageRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
