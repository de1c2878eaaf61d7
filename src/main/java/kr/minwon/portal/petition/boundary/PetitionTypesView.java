package kr.minwon.portal.petition.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.minwon.portal.petition.boundary.PetitionTypes.TypeInput;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.control.PetitionRules;
import kr.minwon.portal.petition.control.PetitionTypeCsv;
import kr.minwon.portal.petition.entity.PetitionType;
import kr.minwon.portal.platform.csv.CsvProblemLine;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.csv.UploadLimit;
import kr.minwon.portal.platform.faces.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /petitions/types: the catalogue of petition types (a few hundred rows, so one list paged in the browser),
 * editing one type in a dialog, and the CSV import of the whole catalogue (ADMIN).
 */
@Named
@ViewScoped
public class PetitionTypesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A catalogue of a few hundred rows is a few tens of kilobytes. */

    /** Which input shows a facade violation for which field. */
    private static final Map<String, String> FIELD_INPUTS = Map.of(
            "code", "typeForm:code",
            "name", "typeForm:name",
            "periodAmount", "typeForm:periodAmount",
            "periodUnit", "typeForm:periodUnit");

    @Inject
    PetitionTypes types;

    @Inject
    PetitionTypeImports imports;

    private String search;
    // Entities are not serializable; the list is read again after a restored session.
    private transient List<PetitionType> all;

    private boolean creating;
    private String code;
    private String name;
    private Integer periodAmount;
    private PeriodUnit periodUnit = PeriodUnit.DAY;
    private boolean compound;
    private boolean mileageEligible = true;
    private boolean noticeEligible = true;
    private boolean active = true;

    private List<CsvProblemLine> problems = List.of();
    private int totalProblems;

    public void load() {
        all = types.all();
    }

    public List<PetitionType> getTypes() {
        if (all == null) {
            load();
        }
        if (search == null || search.isBlank()) {
            return all;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(t -> t.getCode().toLowerCase(Locale.ROOT).contains(wanted)
                        || t.getName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    public int getTotal() {
        return all == null ? 0 : all.size();
    }

    // ------------------------------------------------------------ one type

    public void create() {
        creating = true;
        code = null;
        name = null;
        periodAmount = null;
        periodUnit = PeriodUnit.DAY;
        compound = false;
        mileageEligible = true;
        noticeEligible = true;
        active = true;
        PrimeFaces.current().resetInputs("typeForm");
        PrimeFaces.current().executeScript("PF('typeDialog').show()");
    }

    public void edit(PetitionType t) {
        creating = false;
        code = t.getCode();
        name = t.getName();
        periodAmount = t.getPeriodUnit() == PeriodUnit.IMMEDIATE ? null : t.getPeriodAmount();
        periodUnit = t.getPeriodUnit();
        compound = t.isCompound();
        mileageEligible = t.isMileageEligible();
        noticeEligible = t.isNoticeEligible();
        active = t.isActive();
        PrimeFaces.current().resetInputs("typeForm");
        PrimeFaces.current().executeScript("PF('typeDialog').show()");
    }

    public void save() {
        if (periodUnit != PeriodUnit.IMMEDIATE && periodAmount == null) {
            Messages.fieldError("typeForm:periodAmount", "petition.types.periodRequired");
            return;
        }
        if (creating && types.byCode(code == null ? "" : code.trim()).isPresent()) {
            Messages.fieldError("typeForm:code", "petition.types.codeTaken", code.trim());
            return;
        }
        int amount = periodUnit == PeriodUnit.IMMEDIATE ? 0 : periodAmount;
        PetitionType saved;
        try {
            saved = types.save(
                    new TypeInput(code, name, amount, periodUnit, compound, mileageEligible, noticeEligible, active));
        } catch (PetitionRejected e) {
            for (PetitionRules.Violation v : e.violations()) {
                String input = FIELD_INPUTS.get(v.field());
                FacesContext.getCurrentInstance()
                        .addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.reason(), null));
            }
            return;
        }
        Messages.info(creating ? "petition.types.created" : "petition.types.updated", saved.getCode(), saved.getName());
        PrimeFaces.current().executeScript("PF('typeDialog').hide()");
        load();
    }

    public void cancel() {
        PrimeFaces.current().executeScript("PF('typeDialog').hide()");
    }

    public boolean isAmountDisabled() {
        return periodUnit == PeriodUnit.IMMEDIATE;
    }

    /** "7일", "3시간", "즉시" in the viewer's language. */
    public String period(PetitionType t) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String unit = Messages.text(faces, "PeriodUnit." + t.getPeriodUnit().name());
        if (t.getPeriodUnit() == PeriodUnit.IMMEDIATE) {
            return unit;
        }
        return Messages.text(faces, "petition.types.periodFormat", String.valueOf(t.getPeriodAmount()), unit);
    }

    /** Sorts periods by their rough length rather than by the number alone. */
    public long periodOrder(PetitionType t) {
        long perUnit = switch (t.getPeriodUnit()) {
            case IMMEDIATE -> 0;
            case HOUR -> 1;
            case DAY -> 8;
            case WEEK -> 56;
            case MONTH -> 240;
            case YEAR -> 2920;
        };
        return t.getPeriodUnit() == PeriodUnit.IMMEDIATE ? 0 : perUnit * t.getPeriodAmount();
    }

    // ------------------------------------------------------------ import

    public void upload(FileUploadEvent event) {
        problems = List.of();
        totalProblems = 0;
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            Messages.error("petition.types.import.empty");
            return;
        }
        if (UploadLimit.CATALOGUE.exceeds(file.getSize())) {
            Messages.error("petition.types.import.tooLarge", UploadLimit.CATALOGUE.megabytes());
            return;
        }
        ImportResult done;
        try (InputStream in = file.getInputStream()) {
            done = imports.importCsv(in);
        } catch (PetitionTypeImportRefused e) {
            problems = e.rejection().lines(PetitionTypeCsv.SCHEMA);
            totalProblems = e.totalProblems();
            Messages.error("petition.types.import.refused", e.totalProblems());
            return;
        } catch (IOException e) {
            Messages.error("petition.types.import.unreadable");
            return;
        }
        Messages.info("petition.types.import.done", done.created(), done.updated(), done.unchanged());
        for (String warning : done.warnings()) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, warning, null));
        }
        load();
    }

    public List<CsvProblemLine> getProblems() {
        return problems;
    }

    public int getTotalProblems() {
        return totalProblems;
    }

    public boolean isProblemsTruncated() {
        return totalProblems > problems.size();
    }

    public long getMaxBytes() {
        return UploadLimit.CATALOGUE.maxBytes();
    }

    // ------------------------------------------------------------ form state

    public PeriodUnit[] getUnits() {
        return PeriodUnit.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPeriodAmount() {
        return periodAmount;
    }

    public void setPeriodAmount(Integer periodAmount) {
        this.periodAmount = periodAmount;
    }

    public PeriodUnit getPeriodUnit() {
        return periodUnit;
    }

    public void setPeriodUnit(PeriodUnit periodUnit) {
        this.periodUnit = periodUnit;
    }

    public boolean isCompound() {
        return compound;
    }

    public void setCompound(boolean compound) {
        this.compound = compound;
    }

    public boolean isMileageEligible() {
        return mileageEligible;
    }

    public void setMileageEligible(boolean mileageEligible) {
        this.mileageEligible = mileageEligible;
    }

    public boolean isNoticeEligible() {
        return noticeEligible;
    }

    public void setNoticeEligible(boolean noticeEligible) {
        this.noticeEligible = noticeEligible;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
