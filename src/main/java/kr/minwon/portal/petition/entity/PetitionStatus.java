package kr.minwon.portal.petition.entity;

/** Where a petition stands: open (clock running), suspended (clock stopped) or completed (decision approved). */
public enum PetitionStatus {
    OPEN,
    SUSPENDED,
    COMPLETED
}
