package kr.minwon.portal.petition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import kr.minwon.portal.petition.control.PetitionCsv;
import kr.minwon.portal.petition.control.StopCsv;
import kr.minwon.portal.platform.csv.CsvProblemLine;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.csv.UploadLimit;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /petitions/import: upload a petitions or a clock-stops CSV, watch its progress (the bar polls {@link ImportProgress}
 * under this view's upload id while the upload request runs the import), then see the counts or every problem.
 * Admins only; the facade checks again.
 */
@Named
@ViewScoped
public class PetitionImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PetitionImports imports;

    @Inject
    PetitionStopImports stopImports;

    @Inject
    ImportProgress progress;

    private String uploadId;
    private String fileName;
    private ImportResult result;
    private List<CsvProblemLine> problems = List.of();
    private int totalProblems;

    @PostConstruct
    void init() {
        uploadId = UUID.randomUUID().toString();
    }

    public void uploadPetitions(FileUploadEvent event) {
        upload(event.getFile(), PetitionCsv.SCHEMA, true);
    }

    public void uploadStops(FileUploadEvent event) {
        upload(event.getFile(), StopCsv.SCHEMA, false);
    }

    private void upload(UploadedFile file, CsvSchema schema, boolean petitionsFile) {
        fileName = file.getFileName();
        result = null;
        problems = List.of();
        totalProblems = 0;
        if (UploadLimit.CSV_SCREEN.exceeds(file.getSize())) {
            Messages.error("petition.import.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = petitionsFile ? imports.importPetitions(in, uploadId) : stopImports.importStops(in, uploadId);
        } catch (PetitionImportRejected rejected) {
            totalProblems = Math.max(1, rejected.totalProblems());
            problems = rejected.rejection().lines(schema);
        } catch (EJBAccessException e) {
            Messages.error("petition.import.denied");
        } catch (IOException e) {
            Messages.error("petition.import.unreadable");
        }
    }

    /** 0–100 for the progress bar while an upload of this view runs. */
    public int getPercent() {
        return progress.of(uploadId).map(ImportProgress.Step::percent).orElse(0);
    }

    public String getProgressText() {
        return progress.of(uploadId)
                .map(s -> Messages.text(
                        FacesContext.getCurrentInstance(),
                        "petition.import.progress",
                        s.checked(),
                        s.written(),
                        s.total()))
                .orElse("");
    }

    public String getResultText() {
        return result == null
                ? null
                : Messages.text(
                        FacesContext.getCurrentInstance(),
                        "petition.import.result",
                        result.created(),
                        result.updated(),
                        result.unchanged());
    }

    public String getRejectedText() {
        return Messages.text(FacesContext.getCurrentInstance(), "petition.import.rejected", totalProblems);
    }

    public boolean isRejected() {
        return totalProblems > 0;
    }

    public boolean isTruncated() {
        return totalProblems > problems.size();
    }

    public String getTruncatedText() {
        return Messages.text(
                FacesContext.getCurrentInstance(), "petition.import.truncated", problems.size(), totalProblems);
    }

    public String getUploadId() {
        return uploadId;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportResult getResult() {
        return result;
    }

    /** The accepted file's notes; Expression Language here does not read record components, so not result.warnings. */
    public List<String> getWarnings() {
        return result == null ? List.of() : result.warnings();
    }

    public List<CsvProblemLine> getProblems() {
        return problems;
    }

    public long getMaxBytes() {
        return UploadLimit.CSV_SCREEN.maxBytes();
    }
}
