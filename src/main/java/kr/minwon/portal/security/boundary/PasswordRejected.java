package kr.minwon.portal.security.boundary;

import jakarta.ejb.ApplicationException;

/** A password that may not be set (wrong current password, too weak, name taken); the message is for the user. */
@ApplicationException(rollback = true)
public class PasswordRejected extends RuntimeException {
    public PasswordRejected(String message) {
        super(message);
    }
}
