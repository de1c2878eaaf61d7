package kr.minwon.portal.petition.entity;

/** How a petition reached the office (INTERFACES.md §1 접수경로). */
public enum Channel {
    COUNTER,
    ONLINE,
    KIOSK,
    NIGHT,
    SATURDAY,
    OFFICE365,
    MAIL,
    FAX
}
