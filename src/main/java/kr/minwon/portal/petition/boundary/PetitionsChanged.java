package kr.minwon.portal.petition.boundary;

import java.util.List;

/**
 * {@link PetitionChanged} for a chunk of petitions written together (the CSV import), fired once after the chunk is
 * flushed, synchronously and inside the same transaction. Observers must do for every change what they do for a
 * single {@link PetitionChanged}; they get the chance to read and write the chunk in a few statements.
 */
public record PetitionsChanged(List<PetitionChanged> changes) {}
