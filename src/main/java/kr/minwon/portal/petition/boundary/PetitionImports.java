package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.minwon.portal.petition.control.FactRules;
import kr.minwon.portal.petition.control.PetitionCsv;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.CsvReader;
import kr.minwon.portal.platform.csv.CsvReport;
import kr.minwon.portal.platform.csv.CsvRow;
import kr.minwon.portal.platform.csv.CsvSheet;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Role;
import kr.minwon.portal.staff.entity.Unit;

/**
 * The petitions and clock-stops CSV imports (INTERFACES.md §1), for the upload screen and the API alike. Admins and
 * API keys with the IMPORTS scope only: a file speaks for the whole office, and a manager's file could not be checked
 * row by row against his units without refusing most real exports.
 *
 * <p>All-or-nothing in one pass over the spooled file, in one transaction: every row is checked with
 * {@link PetitionRules} against lookups preloaded once and, while all rows so far are right, written through
 * {@link Petitions#applyAll} in chunks of {@value #CHUNK} — existing petitions looked up a chunk of receipt numbers at a
 * time, mileage and notices told once per chunk, the persistence context flushed and cleared after each chunk — so
 * 100,000 rows keep the heap flat. The first wrong row stops the writing, the rest are still checked, and the file is
 * refused with every problem while the transaction rolls back all it wrote. Same file twice: all unchanged.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, PetitionImports.API_IMPORTS})
public class PetitionImports {

    public static final String API_IMPORTS = "API_IMPORTS";

    // Rows written, then flushed and cleared, together; mileage and notices follow a chunk at a time
    // (PetitionsChanged).
    static final int CHUNK = 1000;
    static final int PROGRESS_EVERY = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    Petitions petitions;

    @Inject
    KpiBatch kpiBatch;

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

    /** The office's reference data by key, loaded once per import: what the rules check and the rows resolve to. */
    private record References(Map<String, Long> types, Map<String, Long> handlers, Map<String, Long> units)
            implements PetitionRules.Lookups {
        @Override
        public boolean typeExists(String code) {
            return types.containsKey(code.trim());
        }

        @Override
        public boolean handlerExists(String employeeNo) {
            return handlers.containsKey(employeeNo.trim());
        }

        @Override
        public boolean unitExists(String code) {
            return units.containsKey(code.trim());
        }
    }

    /**
     * Creates and updates petitions from a petitions file.
     *
     * @param progressId the key under which {@link ImportProgress} shows how far it got, or null
     * @throws PetitionImportRejected with every problem when any row is wrong; nothing is written then
     */
    public ImportResult importPetitions(InputStream in, String progressId) {
        ImportProgress.Step step = progress.start(progressId);
        Path file = spool(in, step);
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            References refs = references();
            List<String> warnings;
            int[] counts = new int[Petitions.Result.values().length];
            try (CsvSheet sheet = CsvReader.open(Files.newInputStream(file), PetitionCsv.SCHEMA)) {
                CsvReport report = sheet.report();
                CsvValues values = new CsvValues(report);
                List<PetitionInput> chunk = new ArrayList<>(CHUNK);
                int rows = 0;
                int written = 0;
                for (CsvRow row : sheet) {
                    PetitionInput input = PetitionCsv.read(row, values, report, refs, now);
                    rows++;
                    // Once a row is wrong nothing more is written (the transaction will roll back), but every row is
                    // still checked, so that the answer names every problem at once.
                    if (input != null && !report.hasErrors()) {
                        chunk.add(input);
                        if (chunk.size() == CHUNK) {
                            written += write(chunk, refs, now, counts);
                            chunk.clear();
                        }
                    }
                    if (rows % PROGRESS_EVERY == 0) {
                        step.checked(rows);
                        step.written(written);
                    }
                }
                step.checked(rows);
                if (report.hasErrors()) {
                    throw new PetitionImportRejected(report);
                }
                written += write(chunk, refs, now, counts);
                step.written(written);
                warnings = new ArrayList<>(sheet.warnings());
                if (rows == 0) {
                    warnings.add(Texts.t("petition.msg.PetitionImports.2"));
                }
            }
            ImportResult result = new ImportResult(
                    counts[Petitions.Result.CREATED.ordinal()],
                    counts[Petitions.Result.UPDATED.ordinal()],
                    counts[Petitions.Result.UNCHANGED.ordinal()],
                    warnings);
            audit.record(
                    "PETITIONS_IMPORTED",
                    "CSV",
                    "created " + result.created() + ", updated " + result.updated() + ", unchanged "
                            + result.unchanged());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        } finally {
            progress.finish(step);
            delete(file);
        }
    }

    /**
     * Writes one chunk through the shared write path, then lets go of everything it loaded. The chunk is one KPI
     * batch: its petitions' KPI differences are summed and written once per touched row after its flush.
     */
    private int write(List<PetitionInput> chunk, References refs, LocalDateTime now, int[] counts) {
        if (chunk.isEmpty()) {
            return 0;
        }
        kpiBatch.run(() -> writeChunk(chunk, refs, now, counts));
        em.clear();
        return chunk.size();
    }

    private void writeChunk(List<PetitionInput> chunk, References refs, LocalDateTime now, int[] counts) {
        Map<String, Petition> existing = new HashMap<>();
        em.createQuery("SELECT p FROM Petition p WHERE p.receiptNo IN :nos", Petition.class)
                .setParameter(
                        "nos", chunk.stream().map(PetitionInput::receiptNo).toList())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.stops")
                .setHint("eclipselink.batch", "p.extensions")
                .getResultStream()
                .forEach(p -> existing.put(p.getReceiptNo(), p));
        // After the last chunk's clear nothing is managed: reload what this chunk refers to, a few queries per chunk.
        Map<Long, PetitionType> types = em.createQuery("SELECT t FROM PetitionType t", PetitionType.class)
                .getResultStream()
                .collect(Collectors.toMap(PetitionType::getId, Function.identity()));
        Map<Long, Unit> units = em.createQuery("SELECT u FROM Unit u LEFT JOIN FETCH u.parent", Unit.class)
                .getResultStream()
                .collect(Collectors.toMap(Unit::getId, Function.identity(), (a, b) -> a));
        Map<Long, Employee> handlers = employees(chunk.stream()
                .map(in -> refs.handlers().get(in.handlerNo().trim()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<Petitions.Item> items = new ArrayList<>(chunk.size());
        for (PetitionInput in : chunk) {
            Employee handler = handlers.get(refs.handlers().get(in.handlerNo().trim()));
            Unit unit = in.departmentCode() == null
                    ? handler.getUnit()
                    : units.get(refs.units().get(in.departmentCode().trim()));
            if (unit == null) {
                throw new PetitionImportRejected(reportOf(in, Texts.t("petition.msg.PetitionImports.1")));
            }
            Petition before = existing.get(in.receiptNo());
            if (before != null) {
                // Issue 13: the petition's stops lie between its receipt and its approval (an open one ends there).
                for (PetitionStop s : before.getStops()) {
                    boolean beforeReceipt = s.getStartedAt().isBefore(in.receivedAt());
                    boolean afterApproval = in.approvedAt() != null
                            && (!s.getStartedAt().isBefore(in.approvedAt())
                                    || (s.getEndedAt() != null && s.getEndedAt().isAfter(in.approvedAt())));
                    if (beforeReceipt || afterApproval) {
                        CsvReport report = new CsvReport();
                        report.add(new CsvProblem(
                                0,
                                PetitionCsv.APPROVED_AT.key(),
                                in.receiptNo(),
                                CsvProblem.Reason.OTHER,
                                Texts.t(
                                        "petition.msg.importStopOutside",
                                        in.receiptNo(),
                                        FactRules.show(s.getStartedAt()),
                                        FactRules.show(s.getEndedAt()))));
                        throw new PetitionImportRejected(report);
                    }
                }
            }
            items.add(new Petitions.Item(
                    in,
                    existing.get(in.receiptNo()),
                    new Petitions.Resolved(
                            types.get(refs.types().get(in.typeCode().trim())), handler, unit)));
        }
        for (Petitions.Written w : petitions.applyAll(items, now)) {
            counts[w.result().ordinal()]++;
        }
        em.flush();
    }

    private Map<Long, Employee> employees(Collection<Long> ids) {
        return em.createQuery("SELECT e FROM Employee e LEFT JOIN FETCH e.unit WHERE e.id IN :ids", Employee.class)
                .setParameter("ids", new ArrayList<>(ids))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.roles")
                .getResultStream()
                .collect(Collectors.toMap(Employee::getId, Function.identity(), (a, b) -> a));
    }

    private References references() {
        Map<String, Long> types = new HashMap<>();
        for (Object[] t : em.createQuery("SELECT t.code, t.id FROM PetitionType t", Object[].class)
                .getResultList()) {
            types.put((String) t[0], (Long) t[1]);
        }
        Map<String, Long> handlers = new HashMap<>();
        for (Object[] e : em.createQuery(
                        "SELECT e.employeeNo, e.id FROM Employee e WHERE e.active = TRUE", Object[].class)
                .getResultList()) {
            handlers.put((String) e[0], (Long) e[1]);
        }
        Map<String, Long> units = new HashMap<>();
        for (Object[] u : em.createQuery("SELECT u.code, u.id FROM Unit u", Object[].class)
                .getResultList()) {
            units.put((String) u[0], (Long) u[1]);
        }
        return new References(types, handlers, units);
    }

    private static CsvReport reportOf(PetitionInput in, String reason) {
        CsvReport report = new CsvReport();
        report.add(
                new CsvProblem(0, PetitionCsv.DEPARTMENT_CODE.key(), in.receiptNo(), CsvProblem.Reason.OTHER, reason));
        return report;
    }

    /**
     * Copies the upload to a temporary file, which the two passes read in turn: the upload stream can be read only
     * once, and holding 100,000 parsed rows instead would cost far more memory than the file. Counts its lines for the
     * progress bar on the way.
     */
    static Path spool(InputStream in, ImportProgress.Step step) {
        Path file = null;
        try {
            file = Files.createTempFile("minwon-import-", ".csv");
            long lines = 0;
            try (InputStream source = new BufferedInputStream(in);
                    var out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = source.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            step.total((int) Math.max(0, lines));
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("The uploaded file could not be stored for reading", e);
        } catch (RuntimeException e) {
            // e.g. PayloadTooLarge from the guarded request body
            delete(file);
            throw e;
        }
    }

    static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A left-over temp file is harmless; the OS cleans its temp dir.
        }
    }
}
