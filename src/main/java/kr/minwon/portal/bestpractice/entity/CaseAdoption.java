package kr.minwon.portal.bestpractice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import kr.minwon.portal.staff.entity.Unit;

/** A unit adopted a published case (once per unit and case), and the mileage entry it earned the author, if any. */
@Entity
@Table(name = "case_adoption")
public class CaseAdoption implements Serializable {

    @Id
    @SequenceGenerator(name = "case_adoption_seq", sequenceName = "case_adoption_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_adoption_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private PracticeCase practiceCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Column(nullable = false, length = 500, updatable = false)
    private String note;

    @Column(name = "adopted_at", nullable = false, updatable = false)
    private LocalDateTime adoptedAt;

    @Column(name = "adopted_by", nullable = false, length = 60, updatable = false)
    private String adoptedBy;

    @Column(name = "mileage_entry_id")
    private Long mileageEntryId;

    protected CaseAdoption() {}

    public CaseAdoption(PracticeCase c, Unit unit, String note, LocalDateTime now, String by) {
        this.practiceCase = c;
        this.unit = unit;
        this.note = note;
        this.adoptedAt = now;
        this.adoptedBy = by;
    }

    public void rewarded(Long entryId) {
        this.mileageEntryId = entryId;
    }

    public Long getId() {
        return id;
    }

    public PracticeCase getPracticeCase() {
        return practiceCase;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getAdoptedAt() {
        return adoptedAt;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public Long getMileageEntryId() {
        return mileageEntryId;
    }
}
