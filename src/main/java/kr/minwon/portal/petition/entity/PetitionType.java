package kr.minwon.portal.petition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.PeriodUnit;

/** A kind of petition from the office's catalogue (민원처리기준표): its legal period and how it is treated. */
@Entity
@Table(name = "petition_type")
public class PetitionType implements Serializable {

    @Id
    @SequenceGenerator(name = "petition_type_seq", sequenceName = "petition_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_type_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "period_amount", nullable = false)
    private int periodAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit", nullable = false, length = 10)
    private PeriodUnit periodUnit;

    @Column(nullable = false)
    private boolean compound;

    @Column(name = "mileage_eligible", nullable = false)
    private boolean mileageEligible = true;

    @Column(name = "notice_eligible", nullable = false)
    private boolean noticeEligible = true;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PetitionType() {}

    public PetitionType(
            String code,
            String name,
            LegalPeriod period,
            boolean compound,
            boolean mileageEligible,
            boolean noticeEligible) {
        this.code = Objects.requireNonNull(code);
        describe(name, period, compound, mileageEligible, noticeEligible, true);
    }

    public final void describe(
            String name,
            LegalPeriod period,
            boolean compound,
            boolean mileageEligible,
            boolean noticeEligible,
            boolean active) {
        this.name = Objects.requireNonNull(name);
        this.periodAmount = period.amount();
        this.periodUnit = period.unit();
        this.compound = compound;
        this.mileageEligible = mileageEligible;
        this.noticeEligible = noticeEligible;
        this.active = active;
    }

    public LegalPeriod period() {
        return new LegalPeriod(periodAmount, periodUnit);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPeriodAmount() {
        return periodAmount;
    }

    public PeriodUnit getPeriodUnit() {
        return periodUnit;
    }

    public boolean isCompound() {
        return compound;
    }

    public boolean isMileageEligible() {
        return mileageEligible;
    }

    public boolean isNoticeEligible() {
        return noticeEligible;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
