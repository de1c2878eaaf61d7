package kr.minwon.portal.staff.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import kr.minwon.portal.platform.csv.CsvProblemLine;
import kr.minwon.portal.platform.csv.CsvSchema;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.csv.UploadLimit;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.staff.control.DepartmentCsv;
import kr.minwon.portal.staff.control.StaffCsv;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** /staff/import: upload a departments or a staff CSV and see what it did, or every problem in it. */
@Named
@ViewScoped
public class StaffImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffImports imports;

    private String fileName;
    private ImportResult result;
    private List<CsvProblemLine> problems = List.of();
    private int totalProblems;

    public void uploadDepartments(FileUploadEvent event) {
        upload(event.getFile(), DepartmentCsv.SCHEMA, true);
    }

    public void uploadStaff(FileUploadEvent event) {
        upload(event.getFile(), StaffCsv.SCHEMA, false);
    }

    private void upload(UploadedFile file, CsvSchema schema, boolean departments) {
        fileName = file.getFileName();
        result = null;
        problems = List.of();
        totalProblems = 0;
        if (UploadLimit.CSV_SCREEN.exceeds(file.getSize())) {
            Messages.error("staff.import.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = departments ? imports.importDepartments(in) : imports.importStaff(in);
        } catch (ImportRejected rejected) {
            totalProblems = rejected.totalProblems();
            problems = rejected.rejection().lines(schema);
        } catch (IOException e) {
            Messages.error("staff.import.unreadable");
        }
    }

    public String getResultText() {
        return result == null
                ? null
                : Messages.text(
                        FacesContext.getCurrentInstance(),
                        "staff.import.result",
                        result.created(),
                        result.updated(),
                        result.unchanged());
    }

    public String getRejectedText() {
        return Messages.text(FacesContext.getCurrentInstance(), "staff.import.rejected", totalProblems);
    }

    public boolean isRejected() {
        return totalProblems > 0;
    }

    public boolean isTruncated() {
        return totalProblems > problems.size();
    }

    public String getTruncatedText() {
        return Messages.text(
                FacesContext.getCurrentInstance(), "staff.import.truncated", problems.size(), totalProblems);
    }

    public String getFileName() {
        return fileName;
    }

    public ImportResult getResult() {
        return result;
    }

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
