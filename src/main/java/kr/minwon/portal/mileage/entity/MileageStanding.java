package kr.minwon.portal.mileage.entity;

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
import java.math.BigDecimal;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Unit;

/** One person's frozen result in a closed period: points, petitions scored, office rank and award tier. */
@Entity
@Table(name = "mileage_standing")
public class MileageStanding implements Serializable {

    @Id
    @SequenceGenerator(name = "mileage_standing_seq", sequenceName = "mileage_standing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mileage_standing_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private MileagePeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Unit department;

    @Column(nullable = false, precision = 9, scale = 1)
    private BigDecimal points;

    @Column(nullable = false)
    private int petitions;

    @Column(name = "office_rank", nullable = false)
    private int officeRank;

    @Column(length = 12)
    private String tier;

    protected MileageStanding() {}

    public MileageStanding(
            MileagePeriod period,
            Employee employee,
            Unit unit,
            Unit department,
            BigDecimal points,
            int petitions,
            int officeRank,
            String tier) {
        this.period = period;
        this.employee = employee;
        this.unit = unit;
        this.department = department;
        this.points = points;
        this.petitions = petitions;
        this.officeRank = officeRank;
        this.tier = tier;
    }

    public Long getId() {
        return id;
    }

    public MileagePeriod getPeriod() {
        return period;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Unit getUnit() {
        return unit;
    }

    public Unit getDepartment() {
        return department;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public int getPetitions() {
        return petitions;
    }

    public int getOfficeRank() {
        return officeRank;
    }

    public String getTier() {
        return tier;
    }
}
