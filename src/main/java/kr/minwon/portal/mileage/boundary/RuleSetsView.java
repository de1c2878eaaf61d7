package kr.minwon.portal.mileage.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kr.minwon.portal.mileage.control.Presets;
import kr.minwon.portal.mileage.control.RulePreview;
import kr.minwon.portal.mileage.control.RuleSet;
import kr.minwon.portal.mileage.entity.MileageRuleSet;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.platform.text.Texts;

/**
 * /mileage/rules.xhtml: the rule set versions, and a new one started from a preset or a copy, previewed on the
 * last finished quarter (per person: points now, points under the new version) before it is saved. Never an edit.
 */
@Named
@ViewScoped
public class RuleSetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MileageRules rules;

    @Inject
    MileageReplay replay;

    @Inject
    Clock clock;

    private List<MileageRuleSet> versions = List.of();
    private String source = "P:" + Presets.SEONGDONG_2009.name();
    private String preset;
    private String name;
    private Integer minLegalDays;
    private List<String> excluded = new ArrayList<>();
    private String bands;
    private BigDecimal latePenaltyPerDay;
    private Integer latePenaltyCap;
    private Integer caseCap;
    private BigDecimal compoundMultiplier;
    private BigDecimal compoundAddOn;
    private BigDecimal adoptionPoints;
    private LocalDate effectiveFrom;
    private String previewPeriod;
    private List<RulePreview.Row> preview;

    public void load() {
        versions = rules.versions();
        previewPeriod = replay.lastFinishedPeriod();
        LocalDate today = LocalDate.now(clock);
        effectiveFrom = rules.latestClosedEnd()
                .filter(d -> !d.isBefore(today))
                .map(d -> d.plusDays(1))
                .orElse(today.plusDays(1));
        fill();
    }

    /** Copies the chosen preset or version into the form. */
    public void fill() {
        RuleSet r;
        if (source != null && source.startsWith("V:")) {
            MileageRuleSet v =
                    rules.version(Long.parseLong(source.substring(2))).orElseThrow();
            r = v.rules();
            adoptionPoints = v.getAdoptionPoints();
            preset = v.getPreset();
            name = Texts.t(
                    "mileage.ruleSets.revisionName",
                    v.getName(),
                    String.valueOf(LocalDate.now(clock).getYear()));
        } else {
            Presets p = Presets.valueOf(source == null ? Presets.SEONGDONG_2009.name() : source.substring(2));
            r = p.rules();
            adoptionPoints = p.adoptionPoints();
            preset = p.name();
            name = r.name();
        }
        minLegalDays = r.minLegalDays();
        excluded = r.excludedOutcomes().stream()
                .map(Enum::name)
                .sorted()
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        bands = MileageRuleSet.writeBands(r.bands());
        latePenaltyPerDay = r.latePenaltyPerDay();
        latePenaltyCap = r.latePenaltyCap();
        caseCap = r.caseCap();
        compoundMultiplier = r.compoundMultiplier();
        compoundAddOn = r.compoundAddOn();
        preview = null;
    }

    private RuleSet candidate() {
        try {
            Set<Outcome> out = EnumSet.noneOf(Outcome.class);
            excluded.forEach(e -> out.add(Outcome.valueOf(e)));
            return new RuleSet(
                    name == null ? "" : name.trim(),
                    minLegalDays == null ? 0 : minLegalDays,
                    out,
                    MileageRuleSet.readBands(bands == null ? "" : bands),
                    latePenaltyPerDay == null ? BigDecimal.ZERO : latePenaltyPerDay,
                    latePenaltyCap,
                    caseCap,
                    compoundMultiplier == null ? BigDecimal.ONE : compoundMultiplier,
                    compoundAddOn == null ? BigDecimal.ZERO : compoundAddOn);
        } catch (RuntimeException e) {
            fieldError("bands", Messages.text(FacesContext.getCurrentInstance(), "mileage.rules.badBands"));
            return null;
        }
    }

    public void runPreview() {
        RuleSet c = candidate();
        if (c != null) {
            preview = replay.preview(c, previewPeriod);
        }
    }

    public void save() {
        RuleSet c = candidate();
        if (c == null) {
            return;
        }
        try {
            MileageRuleSet saved =
                    rules.create(c, preset, effectiveFrom, adoptionPoints == null ? BigDecimal.ZERO : adoptionPoints);
            Messages.info(
                    "mileage.rules.saved",
                    saved.getName(),
                    saved.getEffectiveFrom().toString());
            versions = rules.versions();
            preview = null;
        } catch (MileageRefused refused) {
            fieldError(refused.field(), refused.getMessage());
        }
    }

    private static void fieldError(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage("rulesForm:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public List<String> getOutcomes() {
        return Arrays.stream(Outcome.values()).map(Enum::name).toList();
    }

    public List<Presets> getPresets() {
        return List.of(Presets.values());
    }

    public BigDecimal getPreviewCurrentTotal() {
        return preview == null
                ? BigDecimal.ZERO
                : preview.stream().map(RulePreview.Row::current).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getPreviewWouldBeTotal() {
        return preview == null
                ? BigDecimal.ZERO
                : preview.stream().map(RulePreview.Row::wouldBe).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<MileageRuleSet> getVersions() {
        return versions;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMinLegalDays() {
        return minLegalDays;
    }

    public void setMinLegalDays(Integer minLegalDays) {
        this.minLegalDays = minLegalDays;
    }

    public List<String> getExcluded() {
        return excluded;
    }

    public void setExcluded(List<String> excluded) {
        this.excluded = excluded == null ? new ArrayList<>() : excluded;
    }

    public String getBands() {
        return bands;
    }

    public void setBands(String bands) {
        this.bands = bands;
    }

    public BigDecimal getLatePenaltyPerDay() {
        return latePenaltyPerDay;
    }

    public void setLatePenaltyPerDay(BigDecimal v) {
        this.latePenaltyPerDay = v;
    }

    public Integer getLatePenaltyCap() {
        return latePenaltyCap;
    }

    public void setLatePenaltyCap(Integer v) {
        this.latePenaltyCap = v;
    }

    public Integer getCaseCap() {
        return caseCap;
    }

    public void setCaseCap(Integer v) {
        this.caseCap = v;
    }

    public BigDecimal getCompoundMultiplier() {
        return compoundMultiplier;
    }

    public void setCompoundMultiplier(BigDecimal v) {
        this.compoundMultiplier = v;
    }

    public BigDecimal getCompoundAddOn() {
        return compoundAddOn;
    }

    public void setCompoundAddOn(BigDecimal v) {
        this.compoundAddOn = v;
    }

    public BigDecimal getAdoptionPoints() {
        return adoptionPoints;
    }

    public void setAdoptionPoints(BigDecimal v) {
        this.adoptionPoints = v;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getPreviewPeriod() {
        return previewPeriod;
    }

    public List<RulePreview.Row> getPreview() {
        return preview;
    }
}
