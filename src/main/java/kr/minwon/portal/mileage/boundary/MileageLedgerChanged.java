package kr.minwon.portal.mileage.boundary;

/** Fired inside a transaction that wrote ledger lines or closed a period; read-side caches drop what they hold. */
public record MileageLedgerChanged(String why) {}
