package kr.minwon.portal.notice.entity;

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
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Unit;

/** An auditor's reminder (독촉장, 시행령 제28조) about an overdue petition, sent to the department head. */
@Entity
@Table(name = "reminder")
public class Reminder implements Serializable {

    @Id
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "petition_id")
    private Petition petition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Unit department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private Employee head;

    @Column(name = "days_overdue", nullable = false)
    private int daysOverdue;

    @Column(length = 1000)
    private String note;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    protected Reminder() {}

    public Reminder(
            Petition petition,
            Unit department,
            Employee head,
            int daysOverdue,
            String note,
            LocalDateTime now,
            String by) {
        this.petition = petition;
        this.department = department;
        this.head = head;
        this.daysOverdue = daysOverdue;
        this.note = note;
        this.issuedAt = now;
        this.issuedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public Unit getDepartment() {
        return department;
    }

    public Employee getHead() {
        return head;
    }

    public int getDaysOverdue() {
        return daysOverdue;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
