package kr.minwon.portal.mileage.boundary;

import jakarta.ejb.ApplicationException;

/** No such employee or period; only said to callers who may see everybody, others are refused instead. */
@ApplicationException(rollback = true)
public class MileageNotFound extends RuntimeException {

    public MileageNotFound(String message) {
        super(message);
    }
}
