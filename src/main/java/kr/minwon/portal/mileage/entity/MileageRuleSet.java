package kr.minwon.portal.mileage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.minwon.portal.mileage.control.Band;
import kr.minwon.portal.mileage.control.RuleSet;
import kr.minwon.portal.petition.control.Outcome;

/**
 * A version of the mileage rules in force from a date. Versions are never edited: a change is a new version, so any
 * past period can be replayed under the rules it was scored by.
 */
@Entity
@Table(name = "mileage_rule_set")
public class MileageRuleSet implements Serializable {

    @Id
    @SequenceGenerator(name = "mileage_rule_set_seq", sequenceName = "mileage_rule_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mileage_rule_set_seq")
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(length = 30, updatable = false)
    private String preset;

    @Column(name = "effective_from", nullable = false, unique = true, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "min_legal_days", nullable = false, updatable = false)
    private int minLegalDays;

    @Column(name = "excluded_outcomes", nullable = false, length = 100, updatable = false)
    private String excludedOutcomes;

    /** Bands written as "from-to:daysPerPoint" separated by commas, e.g. "2-6:1,7-13:2,20-:5". */
    @Column(nullable = false, length = 500, updatable = false)
    private String bands;

    @Column(name = "late_penalty_per_day", nullable = false, precision = 5, scale = 1, updatable = false)
    private BigDecimal latePenaltyPerDay;

    @Column(name = "late_penalty_cap", updatable = false)
    private Integer latePenaltyCap;

    @Column(name = "case_cap", updatable = false)
    private Integer caseCap;

    @Column(name = "compound_multiplier", nullable = false, precision = 4, scale = 2, updatable = false)
    private BigDecimal compoundMultiplier;

    @Column(name = "compound_add_on", nullable = false, precision = 4, scale = 1, updatable = false)
    private BigDecimal compoundAddOn;

    @Column(name = "adoption_points", nullable = false, precision = 5, scale = 1, updatable = false)
    private BigDecimal adoptionPoints = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    protected MileageRuleSet() {}

    public MileageRuleSet(
            RuleSet rules,
            String preset,
            LocalDate effectiveFrom,
            BigDecimal adoptionPoints,
            LocalDateTime createdAt,
            String createdBy) {
        this.name = rules.name();
        this.preset = preset;
        this.effectiveFrom = effectiveFrom;
        this.minLegalDays = rules.minLegalDays();
        this.excludedOutcomes =
                rules.excludedOutcomes().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.bands = writeBands(rules.bands());
        this.latePenaltyPerDay = rules.latePenaltyPerDay();
        this.latePenaltyCap = rules.latePenaltyCap();
        this.caseCap = rules.caseCap();
        this.compoundMultiplier = rules.compoundMultiplier();
        this.compoundAddOn = rules.compoundAddOn();
        this.adoptionPoints = adoptionPoints == null ? BigDecimal.ZERO : adoptionPoints;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public RuleSet rules() {
        Set<Outcome> excluded = EnumSet.noneOf(Outcome.class);
        Arrays.stream(excludedOutcomes.split(","))
                .filter(s -> !s.isBlank())
                .map(Outcome::valueOf)
                .forEach(excluded::add);
        return new RuleSet(
                name,
                minLegalDays,
                excluded,
                readBands(bands),
                latePenaltyPerDay,
                latePenaltyCap,
                caseCap,
                compoundMultiplier,
                compoundAddOn);
    }

    public static String writeBands(List<Band> bands) {
        return bands.stream()
                .map(b -> b.fromDays() + "-" + (b.toDays() == null ? "" : b.toDays()) + ":" + b.daysPerPoint())
                .collect(Collectors.joining(","));
    }

    public static List<Band> readBands(String text) {
        List<Band> list = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] rangeAndRate = part.trim().split(":");
            String[] range = rangeAndRate[0].split("-", -1);
            list.add(new Band(
                    Integer.parseInt(range[0]),
                    range[1].isEmpty() ? null : Integer.parseInt(range[1]),
                    Integer.parseInt(rangeAndRate[1])));
        }
        return list;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPreset() {
        return preset;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getMinLegalDays() {
        return minLegalDays;
    }

    public String getExcludedOutcomes() {
        return excludedOutcomes;
    }

    public String getBands() {
        return bands;
    }

    public BigDecimal getLatePenaltyPerDay() {
        return latePenaltyPerDay;
    }

    public Integer getLatePenaltyCap() {
        return latePenaltyCap;
    }

    public Integer getCaseCap() {
        return caseCap;
    }

    public BigDecimal getCompoundMultiplier() {
        return compoundMultiplier;
    }

    public BigDecimal getCompoundAddOn() {
        return compoundAddOn;
    }

    public BigDecimal getAdoptionPoints() {
        return adoptionPoints;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
