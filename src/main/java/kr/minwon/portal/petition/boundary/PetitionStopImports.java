package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.petition.control.StopCsv;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReader;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSheet;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * The clock-stops CSV import (INTERFACES.md §1), beside {@link PetitionImports}: the same callers, the same
 * all-or-nothing pass over the spooled file in one transaction.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, PetitionImports.API_IMPORTS})
public class PetitionStopImports {

    private static final int CHUNK = PetitionImports.CHUNK;
    private static final int PROGRESS_EVERY = PetitionImports.PROGRESS_EVERY;

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionLookup lookup;

    @Inject
    PetitionClock petitionClock;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ImportProgress progress;

    @Inject
    KpiBatch kpiBatch;

    /**
     * Adds or changes clock stops from a stops file, then reschedules their petitions. A stop is known by receipt
     * number and start, so the same file again changes nothing.
     *
     * @throws PetitionImportRejected with every problem when any row is wrong; nothing is written then
     */
    public ImportResult importStops(InputStream in, String progressId) {
        ImportProgress.Step step = progress.start(progressId);
        Path file = PetitionImports.spool(in, step);
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            // Pass 1: which petitions the file names, and when each was received (500 receipt numbers a query).
            LinkedHashSet<String> named = new LinkedHashSet<>();
            try (CsvSheet sheet = CsvReader.open(Files.newInputStream(file), StopCsv.SCHEMA)) {
                for (CsvRow row : sheet) {
                    String no = row.get(StopCsv.RECEIPT_NO);
                    if (no != null) {
                        named.add(no.trim());
                    }
                }
            }
            Map<String, LocalDateTime> receivedAt = new HashMap<>();
            Map<String, LocalDateTime> approvedAt = new HashMap<>();
            List<String> all = new ArrayList<>(named);
            for (int i = 0; i < all.size(); i += CHUNK) {
                for (Object[] r : em.createQuery(
                                "SELECT p.receiptNo, p.receivedAt, p.approvedAt FROM Petition p WHERE p.receiptNo IN :nos",
                                Object[].class)
                        .setParameter("nos", all.subList(i, Math.min(all.size(), i + CHUNK)))
                        .getResultList()) {
                    receivedAt.put((String) r[0], (LocalDateTime) r[1]);
                    if (r[2] != null) {
                        approvedAt.put((String) r[0], (LocalDateTime) r[2]);
                    }
                }
            }
            // Pass 2: check every row; a stops file is small next to its petitions, so the rows are kept.
            List<StopCsv.StopRow> rows = new ArrayList<>();
            List<String> warnings;
            try (CsvSheet sheet = CsvReader.open(Files.newInputStream(file), StopCsv.SCHEMA)) {
                CsvReport report = sheet.report();
                CsvValues values = new CsvValues(report);
                Map<String, Integer> firstRow = new HashMap<>();
                for (CsvRow row : sheet) {
                    StopCsv.StopRow stop =
                            StopCsv.read(row, values, report, no -> no == null ? null : receivedAt.get(no.trim()), now);
                    if (stop != null && approvedAt.containsKey(stop.receiptNo())) {
                        // A completed petition: the stop lies before its approval and has ended (issue 13).
                        List<PetitionRules.Violation> facts = FactRules.coreStop(
                                receivedAt.get(stop.receiptNo()),
                                approvedAt.get(stop.receiptNo()),
                                stop.startedAt(),
                                stop.endedAt(),
                                now);
                        for (PetitionRules.Violation v : facts) {
                            report.add(new CsvProblem(
                                    row.number(),
                                    columnOfStopField(v.field()),
                                    null,
                                    CsvProblem.Reason.OTHER,
                                    v.reason()));
                        }
                        if (!facts.isEmpty()) {
                            stop = null;
                        }
                    }
                    if (stop != null) {
                        Integer first = firstRow.putIfAbsent(stop.receiptNo() + "|" + stop.startedAt(), row.number());
                        if (first != null) {
                            report.add(new CsvProblem(
                                    row.number(),
                                    StopCsv.STARTED_AT.key(),
                                    row.get(StopCsv.STARTED_AT),
                                    CsvProblem.Reason.DUPLICATE_KEY,
                                    Texts.t("petition.msg.duplicateStop", first)));
                        } else {
                            rows.add(stop);
                        }
                    }
                    step.checked(rows.size());
                }
                if (report.hasErrors()) {
                    throw new PetitionImportRejected(report);
                }
                warnings = new ArrayList<>(sheet.warnings());
            }
            step.total(rows.size());
            // The KPI read model's differences are summed and written once per touched row at the end.
            int[] counts = kpiBatch.call(() -> write(rows, step));
            int created = counts[0];
            int updated = counts[1];
            int unchanged = counts[2];
            int done = counts[3];
            step.written(done);
            audit.record(
                    "STOPS_IMPORTED",
                    "CSV",
                    "created " + created + ", updated " + updated + ", unchanged " + unchanged);
            return new ImportResult(created, updated, unchanged, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        } finally {
            progress.finish(step);
            PetitionImports.delete(file);
        }
    }

    /** Adds or changes the stops, flushing and clearing every {@value #CHUNK}: created, updated, unchanged, done. */
    private int[] write(List<StopCsv.StopRow> rows, ImportProgress.Step step) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (StopCsv.StopRow row : rows) {
            Petition p = lookup.byReceiptNo(row.receiptNo()).orElseThrow();
            Optional<PetitionStop> same = p.getStops().stream()
                    .filter(s -> s.getStartedAt().equals(row.startedAt()))
                    .findFirst();
            try {
                if (same.isEmpty()) {
                    petitionClock.importStop(row.receiptNo(), row.reason(), row.startedAt(), row.endedAt(), row.note());
                    created++;
                } else if (same.get().getReason() == row.reason()
                        && Objects.equals(same.get().getEndedAt(), row.endedAt())
                        && (row.note() == null || row.note().equals(same.get().getNote()))) {
                    unchanged++;
                } else {
                    petitionClock.importStopChange(
                            row.receiptNo(),
                            same.get().getId(),
                            row.reason(),
                            row.startedAt(),
                            row.endedAt(),
                            row.note() == null ? same.get().getNote() : row.note());
                    updated++;
                }
            } catch (PetitionRejected e) {
                // The transaction is already doomed; say which row broke which rule.
                CsvReport report = new CsvReport();
                for (PetitionRules.Violation v : e.violations()) {
                    report.add(new CsvProblem(
                            row.row(), columnOfStopField(v.field()), null, CsvProblem.Reason.OTHER, v.reason()));
                }
                throw new PetitionImportRejected(report);
            }
            if (++done % CHUNK == 0) {
                em.flush();
                em.clear();
                step.written(done);
            }
        }
        return new int[] {created, updated, unchanged, done};
    }

    private static String columnOfStopField(String field) {
        return switch (field) {
            case "startedAt" -> StopCsv.STARTED_AT.key();
            case "endedAt" -> StopCsv.ENDED_AT.key();
            case "reason" -> StopCsv.REASON.key();
            default -> StopCsv.RECEIPT_NO.key();
        };
    }
}
