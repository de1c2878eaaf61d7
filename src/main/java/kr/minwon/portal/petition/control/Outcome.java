package kr.minwon.portal.petition.control;

/**
 * How a petition ended (처리결과). Withdrawn and transferred petitions count in no KPI (DOMAIN.md §7); the default
 * mileage rule sets also leave out returned ones (§4).
 */
public enum Outcome {
    GRANTED,
    REFUSED,
    RETURNED,
    WITHDRAWN,
    TRANSFERRED;

    public boolean countsInKpis() {
        return this != WITHDRAWN && this != TRANSFERRED;
    }
}
