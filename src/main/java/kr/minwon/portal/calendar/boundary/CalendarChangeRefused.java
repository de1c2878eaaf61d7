package kr.minwon.portal.calendar.boundary;

import jakarta.ejb.ApplicationException;

/** A holiday change that cannot be made; the message says why, for the admin. */
@ApplicationException(rollback = true)
public class CalendarChangeRefused extends RuntimeException {
    public CalendarChangeRefused(String message) {
        super(message);
    }
}
