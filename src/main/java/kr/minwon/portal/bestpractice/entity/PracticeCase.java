package kr.minwon.portal.bestpractice.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.control.CaseRules;
import kr.minwon.portal.staff.entity.Employee;
import kr.minwon.portal.staff.entity.Unit;

/**
 * A best-practice case. Its HTML fields only ever hold sanitized markup ({@link #write} takes a sanitized
 * {@link CaseInput}); the workflow state moves only through the facade, which checks {@code CaseWorkflow}.
 */
@Entity
@Table(name = "practice_case")
public class PracticeCase implements Serializable {

    @Id
    @SequenceGenerator(name = "practice_case_seq", sequenceName = "practice_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_case_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    /** The unit's department, kept for the board's department filter (a team's cases count for its department). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", updatable = false)
    private Unit department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Employee author;

    @Column(length = 100)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CaseCategory category;

    @Column(name = "implemented_on")
    private LocalDate implementedOn;

    @Column(name = "background_html", length = 20000)
    private String backgroundHtml;

    @Column(name = "before_html", length = 20000)
    private String beforeHtml;

    @Column(name = "after_html", length = 20000)
    private String afterHtml;

    @Column(name = "outcome_html", length = 20000)
    private String outcomeHtml;

    @Column(name = "spread_html", length = 20000)
    private String spreadHtml;

    @Column(name = "next_html", length = 20000)
    private String nextHtml;

    @Column(name = "days_saved", precision = 7, scale = 1)
    private BigDecimal daysSaved;

    @Column(name = "documents_cut")
    private Integer documentsCut;

    @Column(name = "users_count")
    private Integer usersCount;

    @Column(precision = 5, scale = 1)
    private BigDecimal satisfaction;

    @Column(length = 500)
    private String tags;

    @Column(name = "search_text", length = 100000)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Grade grade;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    private ContestRound round;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "publish_on")
    private LocalDate publishOn;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "view_count", nullable = false)
    private int viewCount;

    @Column(name = "like_count", nullable = false)
    private int likeCount;

    @Column(name = "adoption_count", nullable = false)
    private int adoptionCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected PracticeCase() {}

    public PracticeCase(Employee author, Unit unit, LocalDateTime now) {
        this.author = author;
        this.unit = unit;
        this.department = unit.department();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the author's text; {@code in} must be sanitized already. */
    public void write(CaseInput in, LocalDateTime now) {
        this.title = in.title() == null ? "" : in.title();
        this.contact = in.contact();
        this.category = in.category();
        this.implementedOn = in.implementedOn();
        this.backgroundHtml = in.backgroundHtml();
        this.beforeHtml = in.beforeHtml();
        this.afterHtml = in.afterHtml();
        this.outcomeHtml = in.outcomeHtml();
        this.spreadHtml = in.spreadHtml();
        this.nextHtml = in.nextHtml();
        this.daysSaved = in.daysSaved();
        this.documentsCut = in.documentsCut();
        this.usersCount = in.usersCount();
        this.satisfaction = in.satisfaction();
        this.tags = in.tags();
        this.searchText = CaseRules.searchText(in);
        this.updatedAt = now;
    }

    public CaseInput input() {
        return new CaseInput(
                title.isEmpty() ? null : title,
                contact,
                category,
                implementedOn,
                backgroundHtml,
                beforeHtml,
                afterHtml,
                outcomeHtml,
                spreadHtml,
                nextHtml,
                daysSaved,
                documentsCut,
                usersCount,
                satisfaction,
                tags);
    }

    public void moveTo(CaseStatus next, LocalDateTime now) {
        if (next == CaseStatus.SUBMITTED || next == CaseStatus.RESUBMITTED) {
            submittedAt = now;
        }
        if (next == CaseStatus.PUBLISHED) {
            publishedAt = now;
        }
        this.status = next;
        this.updatedAt = now;
    }

    public void decide(Grade grade, String by, LocalDateTime now) {
        this.grade = grade;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public void confirmGrade(Grade grade) {
        this.grade = grade;
    }

    public void schedulePublication(LocalDate on) {
        this.publishOn = on;
    }

    public void enter(ContestRound round) {
        this.round = round;
    }

    public List<String> getTagList() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Unit getUnit() {
        return unit;
    }

    public Unit getDepartment() {
        return department;
    }

    public Employee getAuthor() {
        return author;
    }

    public String getContact() {
        return contact;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public String getBackgroundHtml() {
        return backgroundHtml;
    }

    public String getBeforeHtml() {
        return beforeHtml;
    }

    public String getAfterHtml() {
        return afterHtml;
    }

    public String getOutcomeHtml() {
        return outcomeHtml;
    }

    public String getSpreadHtml() {
        return spreadHtml;
    }

    public String getNextHtml() {
        return nextHtml;
    }

    public BigDecimal getDaysSaved() {
        return daysSaved;
    }

    public Integer getDocumentsCut() {
        return documentsCut;
    }

    public Integer getUsersCount() {
        return usersCount;
    }

    public BigDecimal getSatisfaction() {
        return satisfaction;
    }

    public String getTags() {
        return tags;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Grade getGrade() {
        return grade;
    }

    public ContestRound getRound() {
        return round;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public int getViewCount() {
        return viewCount;
    }

    public int getLikeCount() {
        return likeCount;
    }

    public int getAdoptionCount() {
        return adoptionCount;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
