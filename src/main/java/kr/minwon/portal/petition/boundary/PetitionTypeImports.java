package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import kr.minwon.portal.petition.boundary.PetitionTypes.Saved;
import kr.minwon.portal.petition.boundary.PetitionTypes.TypeInput;
import kr.minwon.portal.petition.control.PetitionTypeCsv;
import kr.minwon.portal.petition.control.PetitionTypeCsv.Parsed;
import kr.minwon.portal.petition.control.PetitionTypeCsv.TypeRow;
import kr.minwon.portal.platform.audit.AuditLog;
import kr.minwon.portal.platform.csv.CsvProblem;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * Imports the petition-type catalogue from a CSV file, for the admin screen and the REST API alike. All or nothing:
 * a file with any problem writes no row, so an office never runs on half a catalogue.
 */
@Stateless
public class PetitionTypeImports {

    /** What an accepted file did; {@code warnings} are things worth telling that did not stop it (ignored columns). */
    @Inject
    PetitionTypes types;

    @Inject
    AuditLog audit;

    /** @throws PetitionTypeImportRefused with every problem when the file is not entirely good */
    @RolesAllowed({Role.ADMIN_NAME, "API_ADMIN", "API_IMPORTS"})
    public ImportResult importCsv(InputStream csv) {
        Parsed parsed;
        try {
            parsed = PetitionTypeCsv.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!parsed.isClean()) {
            throw new PetitionTypeImportRefused(
                    parsed.report().problems(), parsed.report().totalProblems());
        }
        List<TypeInput> inputs =
                parsed.rows().stream().map(PetitionTypeImports::input).toList();
        List<Saved> saved;
        try {
            saved = types.saveAll(inputs);
        } catch (PetitionRejected e) {
            // The file was checked by the same rules, so this is a rule that changed in one place only: say where.
            throw new PetitionTypeImportRefused(
                    e.violations().stream()
                            .map(v -> CsvProblem.of(
                                    0, null, null, CsvProblem.Reason.OTHER, v.field() + ": " + v.reason()))
                            .toList(),
                    e.violations().size());
        }
        int created = count(saved, Petitions.Result.CREATED);
        int updated = count(saved, Petitions.Result.UPDATED);
        int unchanged = count(saved, Petitions.Result.UNCHANGED);
        audit.record("PETITION_TYPES_IMPORTED", "CSV", Texts.t("platform.event.imported", created, updated, unchanged));
        return new ImportResult(created, updated, unchanged, parsed.warnings());
    }

    private static TypeInput input(TypeRow r) {
        return new TypeInput(
                r.code(),
                r.name(),
                r.period().amount(),
                r.period().unit(),
                r.compound(),
                r.mileageEligible(),
                r.noticeEligible(),
                r.active());
    }

    private static int count(List<Saved> saved, Petitions.Result result) {
        return (int) saved.stream().filter(s -> s.result() == result).count();
    }
}
