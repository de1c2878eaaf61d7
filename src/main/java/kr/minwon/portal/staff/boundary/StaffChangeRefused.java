package kr.minwon.portal.staff.boundary;

import jakarta.ejb.ApplicationException;

/** A change to staff or units that breaks a rule; names the field when one is to blame. */
@ApplicationException(rollback = true)
public class StaffChangeRefused extends RuntimeException {

    private final String field;

    public StaffChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
