package kr.minwon.portal.petition.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.minwon.portal.petition.control.ClockStop;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineMode;
import kr.minwon.portal.petition.control.Extension;
import kr.minwon.portal.petition.control.KpiFacts;
import kr.minwon.portal.petition.control.LegalPeriod;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PeriodUnit;
import kr.minwon.portal.petition.control.StopReason;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Unit;

/**
 * A petition (민원) as received from the core system or registered here. The legal period is copied from the catalogue
 * at receipt. The deadline, mode and time used are results of the deadline engine, stored so lists and KPIs query
 * them instead of recomputing; {@link #schedule} is the only way they change.
 */
@Entity
@Table(name = "petition")
public class Petition implements Serializable {

    @Id
    @SequenceGenerator(name = "petition_seq", sequenceName = "petition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_seq")
    private Long id;

    @Column(name = "receipt_no", nullable = false, unique = true, length = 40)
    private String receiptNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private PetitionType type;

    @Column(name = "period_amount", nullable = false)
    private int periodAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit", nullable = false, length = 10)
    private PeriodUnit periodUnit;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_id")
    private Employee handler;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** The department of the handling unit, kept for department roll-ups without a join through teams. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Unit department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private Residence resident;

    @Column(nullable = false)
    private boolean compound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PetitionStatus status = PetitionStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Outcome outcome;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeadlineMode mode;

    @Column(nullable = false)
    private LocalDateTime deadline;

    @Column(name = "original_deadline", nullable = false)
    private LocalDateTime originalDeadline;

    @Column(name = "working_minutes", nullable = false)
    private long workingMinutes;

    @Column(name = "used_minutes")
    private Long usedMinutes;

    @Column(name = "legal_days", nullable = false, precision = 7, scale = 1)
    private BigDecimal legalDays;

    @Column(name = "used_days", precision = 7, scale = 1)
    private BigDecimal usedDays;

    @Column(name = "on_time")
    private Boolean onTime;

    /** Working days late against the deadline in force (a part of a day counting whole); 0 when on time. */
    @Column(name = "late_days")
    private Integer lateDays;

    @Column(name = "transferred_from", length = 40)
    private String transferredFrom;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "petition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    private List<PetitionStop> stops = new ArrayList<>();

    @OneToMany(mappedBy = "petition", cascade = CascadeType.ALL)
    @OrderBy("ordinal")
    private List<PetitionExtension> extensions = new ArrayList<>();

    @Version
    private long version;

    /** The foreign keys as read, for {@link #kpiFactsAsLoaded} without loading the unit (the mappings above write them). */
    @Column(name = "unit_id", insertable = false, updatable = false)
    private Long loadedUnitId;

    @Column(name = "department_id", insertable = false, updatable = false)
    private Long loadedDepartmentId;

    /**
     * What this petition last added to the KPI read model: as loaded, or as last written in this transaction. Never
     * moves with a session to another node (a detached copy is merged into a managed one, which has its own).
     */
    @Transient
    private transient KpiFacts kpiWritten;

    protected Petition() {}

    public Petition(
            String receiptNo,
            PetitionType type,
            LocalDateTime receivedAt,
            Employee handler,
            Unit unit,
            Channel channel,
            Residence resident,
            boolean compound,
            LocalDateTime now) {
        this.receiptNo = Objects.requireNonNull(receiptNo);
        this.createdAt = now;
        register(type, receivedAt, handler, unit, channel, resident, compound, now);
    }

    /** Sets what the receipt says; the legal period follows the type. Call {@link #schedule} afterwards. */
    public final void register(
            PetitionType type,
            LocalDateTime receivedAt,
            Employee handler,
            Unit unit,
            Channel channel,
            Residence resident,
            boolean compound,
            LocalDateTime now) {
        this.type = Objects.requireNonNull(type);
        this.periodAmount = type.getPeriodAmount();
        this.periodUnit = type.getPeriodUnit();
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.handler = Objects.requireNonNull(handler);
        this.unit = Objects.requireNonNull(unit);
        this.department = unit.department();
        this.channel = Objects.requireNonNull(channel);
        this.resident = resident;
        this.compound = compound;
        this.updatedAt = now;
    }

    /** Records the decision's approval (결재 완료): the moment completion is measured on. */
    public void complete(LocalDateTime approvedAt, LocalDateTime closedAt, Outcome outcome, LocalDateTime now) {
        if (approvedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("approval before receipt");
        }
        this.approvedAt = approvedAt;
        this.closedAt = closedAt;
        this.outcome = outcome == null ? Outcome.GRANTED : outcome;
        this.updatedAt = now;
    }

    public void reopen(LocalDateTime now) {
        this.approvedAt = null;
        this.closedAt = null;
        this.outcome = null;
        this.updatedAt = now;
    }

    /** Writes the engine's answer: deadline, mode, period in minutes and, once completed, the time used. */
    public void schedule(Deadline computed, boolean keepOriginalDeadline) {
        this.mode = computed.mode();
        this.deadline = computed.deadline();
        if (!keepOriginalDeadline || originalDeadline == null) {
            this.originalDeadline = computed.legalDeadline();
        }
        this.workingMinutes = computed.workingMinutes();
        this.legalDays = oneDecimal(computed.legalDays());
        if (approvedAt != null) {
            this.usedMinutes = computed.usedMinutes(approvedAt);
            this.usedDays = oneDecimal(computed.usedDays(approvedAt));
            this.onTime = !computed.isLateAt(approvedAt);
            this.lateDays = computed.lateDays(approvedAt);
            this.status = PetitionStatus.COMPLETED;
        } else {
            this.usedMinutes = null;
            this.usedDays = null;
            this.onTime = null;
            this.lateDays = null;
            this.status = computed.suspended() ? PetitionStatus.SUSPENDED : PetitionStatus.OPEN;
        }
    }

    /** The facts the KPIs count, as they are now. */
    public KpiFacts kpiFacts() {
        return kpiFacts(unit.getId(), department == null ? null : department.getId());
    }

    /** The facts the KPIs count as last loaded from the database (the foreign keys as stored). */
    public KpiFacts kpiFactsAsLoaded() {
        return kpiFacts(loadedUnitId, loadedDepartmentId);
    }

    private KpiFacts kpiFacts(Long unitId, Long departmentId) {
        return new KpiFacts(
                receivedAt,
                approvedAt,
                status == PetitionStatus.COMPLETED,
                outcome,
                unitId == null ? 0 : unitId,
                departmentId == null ? 0 : departmentId,
                channel.name(),
                resident == null ? null : resident.name(),
                onTime,
                lateDays,
                legalDays,
                usedDays);
    }

    /** What the KPI read model holds for this petition (null: nothing yet). */
    public KpiFacts kpiWritten() {
        return kpiWritten;
    }

    public void kpiWritten(KpiFacts facts) {
        this.kpiWritten = facts;
    }

    public PetitionStop addStop(StopReason reason, LocalDateTime startedAt, LocalDateTime endedAt, String note) {
        if (startedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("a clock stop cannot start before receipt");
        }
        PetitionStop stop = new PetitionStop(this, reason, startedAt, endedAt, note);
        stops.add(stop);
        return stop;
    }

    public PetitionExtension addExtension(Extension extension, LocalDateTime now, String by) {
        return addExtension(extension, now, by, now);
    }

    /** An extension decided at {@code decidedAt} (the core system's back-fill), recorded {@code now}. */
    public PetitionExtension addExtension(Extension extension, LocalDateTime now, String by, LocalDateTime decidedAt) {
        PetitionExtension e = new PetitionExtension(this, extensions.size() + 1, extension, now, by, decidedAt);
        extensions.add(e);
        return e;
    }

    /** Stamps the newest extension with the deadline it produced (what the applicant is told). */
    public void recordExtendedDeadline() {
        if (!extensions.isEmpty()) {
            extensions.get(extensions.size() - 1).recordNewDeadline(deadline);
        }
    }

    public void markTransferredFrom(String receiptNo) {
        this.transferredFrom = receiptNo;
    }

    public LegalPeriod period() {
        return new LegalPeriod(periodAmount, periodUnit);
    }

    public List<ClockStop> clockStops() {
        return stops.stream().map(PetitionStop::toClockStop).toList();
    }

    public List<Extension> legalExtensions() {
        return extensions.stream().map(PetitionExtension::toExtension).toList();
    }

    public boolean isCompleted() {
        return approvedAt != null;
    }

    public boolean isOverdueAt(LocalDateTime now) {
        return approvedAt == null && status == PetitionStatus.OPEN && now.isAfter(deadline);
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public PetitionType getType() {
        return type;
    }

    public int getPeriodAmount() {
        return periodAmount;
    }

    public PeriodUnit getPeriodUnit() {
        return periodUnit;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public Employee getHandler() {
        return handler;
    }

    public Unit getUnit() {
        return unit;
    }

    public Unit getDepartment() {
        return department;
    }

    public Channel getChannel() {
        return channel;
    }

    public Residence getResident() {
        return resident;
    }

    public boolean isCompound() {
        return compound;
    }

    public PetitionStatus getStatus() {
        return status;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public DeadlineMode getMode() {
        return mode;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public LocalDateTime getOriginalDeadline() {
        return originalDeadline;
    }

    public long getWorkingMinutes() {
        return workingMinutes;
    }

    public Long getUsedMinutes() {
        return usedMinutes;
    }

    public BigDecimal getLegalDays() {
        return legalDays;
    }

    public BigDecimal getUsedDays() {
        return usedDays;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public Integer getLateDays() {
        return lateDays;
    }

    public String getTransferredFrom() {
        return transferredFrom;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<PetitionStop> getStops() {
        return List.copyOf(stops);
    }

    public List<PetitionExtension> getExtensions() {
        return List.copyOf(extensions);
    }

    public long getVersion() {
        return version;
    }
}
