package kr.minwon.portal.mileage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A mileage period (quarter by default). Closing it freezes its standings; later corrections go to the next one. */
@Entity
@Table(name = "mileage_period")
public class MileagePeriod implements Serializable {

    @Id
    @SequenceGenerator(name = "mileage_period_seq", sequenceName = "mileage_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mileage_period_seq")
    private Long id;

    @Column(name = "period_key", nullable = false, unique = true, length = 10)
    private String key;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = 8)
    private String status = "OPEN";

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Version
    private long version;

    protected MileagePeriod() {}

    public MileagePeriod(String key, LocalDate startsOn, LocalDate endsOn) {
        this.key = key;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean isClosed() {
        return "CLOSED".equals(status);
    }

    public void close(LocalDateTime at, String by) {
        if (isClosed()) {
            throw new IllegalStateException("period " + key + " is already closed");
        }
        status = "CLOSED";
        closedAt = at;
        closedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
