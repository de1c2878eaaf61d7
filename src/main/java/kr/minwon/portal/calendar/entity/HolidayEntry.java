package kr.minwon.portal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.minwon.portal.calendar.control.Holiday;
import kr.minwon.portal.calendar.control.HolidayKind;

/** A public holiday in the office's calendar, with who added it and why. */
@Entity
@Table(name = "holiday")
public class HolidayEntry implements Serializable {

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private HolidayKind kind;

    @Column(length = 300)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    protected HolidayEntry() {}

    public HolidayEntry(Holiday holiday, String reason, LocalDateTime createdAt, String createdBy) {
        this.date = holiday.date();
        this.name = holiday.name();
        this.kind = holiday.kind();
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Holiday toHoliday() {
        return new Holiday(date, name, kind);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
