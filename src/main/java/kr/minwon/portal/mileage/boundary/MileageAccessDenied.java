package kr.minwon.portal.mileage.boundary;

import jakarta.ejb.ApplicationException;

/** Someone asked for mileage figures that are not theirs to see (another person's entries, a unit they do not lead). */
@ApplicationException(rollback = true)
public class MileageAccessDenied extends RuntimeException {

    public MileageAccessDenied(String message) {
        super(message);
    }
}
