package kr.minwon.portal.staff.entity;

/** What a person may do in the portal (DOMAIN.md §1); a person may hold several. */
public enum Role {
    EMPLOYEE,
    MANAGER,
    REVIEWER,
    AUDITOR,
    ADMIN;

    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";
}
