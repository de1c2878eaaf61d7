package kr.minwon.portal.notice.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.staff.entity.Unit;

/**
 * A notice policy: the office default (no department) or a department's override, which replaces the default as a
 * whole for petitions of that department.
 */
@Entity
@Table(name = "notice_policy")
public class NoticePolicy implements Serializable {

    @Id
    @SequenceGenerator(name = "notice_policy_seq", sequenceName = "notice_policy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_policy_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Unit department;

    @Column(name = "min_legal_days", nullable = false)
    private int minLegalDays;

    @Column(name = "hour_stages", nullable = false)
    private boolean hourStages;

    @Column(name = "working_time_only", nullable = false)
    private boolean workingTimeOnly = true;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @OneToMany(mappedBy = "policy", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<NoticePolicyStage> stages = new ArrayList<>();

    @Version
    private long version;

    protected NoticePolicy() {}

    /** A department override starting as a copy of {@code base}. */
    public NoticePolicy(Unit department, NoticePolicy base, LocalDateTime now, String by) {
        this.department = department;
        this.minLegalDays = base.minLegalDays;
        this.hourStages = base.hourStages;
        this.workingTimeOnly = base.workingTimeOnly;
        for (NoticePolicyStage s : base.stages) {
            stages.add(s.copyFor(this));
        }
        touch(now, by);
    }

    public void change(int minLegalDays, boolean hourStages, boolean workingTimeOnly, LocalDateTime now, String by) {
        this.minLegalDays = minLegalDays;
        this.hourStages = hourStages;
        this.workingTimeOnly = workingTimeOnly;
        touch(now, by);
    }

    public NoticePolicyStage addStage(String code) {
        NoticePolicyStage s = new NoticePolicyStage(this, code);
        stages.add(s);
        return s;
    }

    public void removeStage(NoticePolicyStage stage) {
        stages.remove(stage);
    }

    public void touch(LocalDateTime now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public NoticeRules rules() {
        return new NoticeRules(
                minLegalDays,
                hourStages,
                workingTimeOnly,
                stages.stream().map(NoticePolicyStage::rule).toList());
    }

    public boolean isOfficeDefault() {
        return department == null;
    }

    public Long getId() {
        return id;
    }

    public Unit getDepartment() {
        return department;
    }

    public int getMinLegalDays() {
        return minLegalDays;
    }

    public boolean isHourStages() {
        return hourStages;
    }

    public boolean isWorkingTimeOnly() {
        return workingTimeOnly;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<NoticePolicyStage> getStages() {
        return stages.stream()
                .sorted(java.util.Comparator.comparing(NoticePolicyStage::stage))
                .toList();
    }

    public long getVersion() {
        return version;
    }
}
