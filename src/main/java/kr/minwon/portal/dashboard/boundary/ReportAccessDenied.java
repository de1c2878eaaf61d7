package kr.minwon.portal.dashboard.boundary;

import jakarta.ejb.ApplicationException;

/** A manager who is not the head of office asked for the office's monthly status report. */
@ApplicationException(rollback = true)
public class ReportAccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportAccessDenied(String message) {
        super(message);
    }
}
