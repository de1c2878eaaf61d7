package kr.minwon.portal.petition.entity;

/** Whether the applicant lives in the district (관내) or not (관외). */
public enum Residence {
    IN,
    OUT
}
