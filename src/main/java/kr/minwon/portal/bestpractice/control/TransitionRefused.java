package kr.minwon.portal.bestpractice.control;

import kr.minwon.portal.bestpractice.entity.CaseStatus;

/** A move the workflow does not allow: the wrong person, or the wrong state. The message is for the user. */
public class TransitionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Why {
        NOT_ALLOWED_FOR_ACTOR,
        WRONG_STATE
    }

    private final CaseStatus from;
    private final CaseAction action;
    private final Why why;

    public TransitionRefused(CaseStatus from, CaseAction action, Why why, String message) {
        super(message);
        this.from = from;
        this.action = action;
        this.why = why;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseAction action() {
        return action;
    }

    public Why why() {
        return why;
    }
}
