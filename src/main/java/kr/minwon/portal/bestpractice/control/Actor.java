package kr.minwon.portal.bestpractice.control;

/**
 * Who tries a move, as the workflow needs to know it: whether he manages the case's unit (writes its cases), is one
 * of the case's assigned reviewers, is an administrator, or is the system's publication job.
 */
public record Actor(boolean unitManager, boolean assignedReviewer, boolean admin, boolean system) {

    public static final Actor SYSTEM = new Actor(false, false, false, true);

    public static Actor asManager() {
        return new Actor(true, false, false, false);
    }

    public static Actor asReviewer() {
        return new Actor(false, true, false, false);
    }

    public static Actor asAdmin() {
        return new Actor(false, false, true, false);
    }

    public static Actor asNobody() {
        return new Actor(false, false, false, false);
    }
}
