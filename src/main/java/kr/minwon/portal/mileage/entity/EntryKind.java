package kr.minwon.portal.mileage.entity;

/** The four kinds of ledger line (DOMAIN.md §4). */
public enum EntryKind {
    AWARD,
    PENALTY,
    ADJUSTMENT,
    REVERSAL
}
