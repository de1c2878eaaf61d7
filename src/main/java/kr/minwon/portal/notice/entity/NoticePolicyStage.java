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
import java.util.EnumSet;
import kr.minwon.portal.notice.control.DeliveryChannel;
import kr.minwon.portal.notice.control.NoticeRules;
import kr.minwon.portal.notice.control.RecipientRole;
import kr.minwon.portal.notice.control.Stage;

/** One stage of a policy: on or off, to which roles, over which channels besides the inbox. */
@Entity
@Table(name = "notice_policy_stage")
public class NoticePolicyStage implements Serializable {

    @Id
    @SequenceGenerator(name = "notice_policy_stage_seq", sequenceName = "notice_policy_stage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_policy_stage_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    private NoticePolicy policy;

    @Column(name = "stage", nullable = false, length = 12)
    private String stageCode;

    private boolean enabled = true;

    @Column(name = "to_handler")
    private boolean toHandler;

    @Column(name = "to_team_leader")
    private boolean toTeamLeader;

    @Column(name = "to_department_head")
    private boolean toDepartmentHead;

    @Column(name = "to_auditor")
    private boolean toAuditor;

    @Column(name = "by_email")
    private boolean byEmail;

    @Column(name = "by_sms")
    private boolean bySms;

    protected NoticePolicyStage() {}

    NoticePolicyStage(NoticePolicy policy, String code) {
        this.policy = policy;
        this.stageCode = Stage.parse(code).code();
        this.toHandler = true;
    }

    NoticePolicyStage copyFor(NoticePolicy other) {
        NoticePolicyStage s = new NoticePolicyStage(other, stageCode);
        s.enabled = enabled;
        s.toHandler = toHandler;
        s.toTeamLeader = toTeamLeader;
        s.toDepartmentHead = toDepartmentHead;
        s.toAuditor = toAuditor;
        s.byEmail = byEmail;
        s.bySms = bySms;
        return s;
    }

    public Stage stage() {
        return Stage.parse(stageCode);
    }

    public NoticeRules.StageRule rule() {
        EnumSet<RecipientRole> roles = EnumSet.noneOf(RecipientRole.class);
        if (toHandler) roles.add(RecipientRole.HANDLER);
        if (toTeamLeader) roles.add(RecipientRole.TEAM_LEADER);
        if (toDepartmentHead) roles.add(RecipientRole.DEPARTMENT_HEAD);
        if (toAuditor) roles.add(RecipientRole.AUDITOR);
        EnumSet<DeliveryChannel> channels = EnumSet.of(DeliveryChannel.INBOX);
        if (byEmail) channels.add(DeliveryChannel.EMAIL);
        if (bySms) channels.add(DeliveryChannel.SMS);
        return new NoticeRules.StageRule(stage(), enabled, roles, channels);
    }

    public Long getId() {
        return id;
    }

    public String getStageCode() {
        return stageCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean v) {
        enabled = v;
    }

    public boolean isToHandler() {
        return toHandler;
    }

    public void setToHandler(boolean v) {
        toHandler = v;
    }

    public boolean isToTeamLeader() {
        return toTeamLeader;
    }

    public void setToTeamLeader(boolean v) {
        toTeamLeader = v;
    }

    public boolean isToDepartmentHead() {
        return toDepartmentHead;
    }

    public void setToDepartmentHead(boolean v) {
        toDepartmentHead = v;
    }

    public boolean isToAuditor() {
        return toAuditor;
    }

    public void setToAuditor(boolean v) {
        toAuditor = v;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean v) {
        byEmail = v;
    }

    public boolean isBySms() {
        return bySms;
    }

    public void setBySms(boolean v) {
        bySms = v;
    }
}
