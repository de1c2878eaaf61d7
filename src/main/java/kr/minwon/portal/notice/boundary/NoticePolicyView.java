package kr.minwon.portal.notice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import kr.minwon.portal.notice.entity.NoticePolicy;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.staff.boundary.Units;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/** The policy screen: the office default and department overrides, edited one at a time. */
@Named
@ViewScoped
public class NoticePolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticePolicies policies;

    @Inject
    Units units;

    private List<NoticePolicy> all;
    private NoticePolicy editing;
    private String newDepartment;
    private String newStage;

    public void load() {
        all = policies.all();
        if (editing == null && !all.isEmpty()) {
            editing = all.get(0);
        } else if (editing != null) {
            editing = all.stream()
                    .filter(p -> p.getId().equals(editing.getId()))
                    .findFirst()
                    .orElse(all.get(0));
        }
    }

    public void edit(long id) {
        editing = policies.find(id);
    }

    public void save() {
        try {
            editing = policies.save(editing);
            Messages.info("notice.policy.saved");
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getCausedByException() instanceof OptimisticLockException) {
                Messages.error("notice.policy.conflict");
                editing = null;
            } else {
                throw e;
            }
        }
        load();
    }

    public void override() {
        try {
            editing = policies.override(newDepartment);
            newDepartment = null;
            Messages.info("notice.policy.overridden");
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        }
        load();
    }

    public void remove() {
        try {
            policies.removeOverride(editing.getId());
            editing = null;
            Messages.info("notice.policy.removed");
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        }
        load();
    }

    public void addStage() {
        try {
            editing = policies.addStage(editing.getId(), newStage);
            newStage = null;
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        }
        load();
    }

    public void removeStage(String code) {
        try {
            editing = policies.removeStage(editing.getId(), code);
        } catch (NoticeRefused e) {
            Messages.plainError(e.getMessage());
        }
        load();
    }

    /** Departments without a policy of their own, for the override picker. */
    public List<Unit> getDepartments() {
        List<Long> taken = all.stream()
                .filter(p -> p.getDepartment() != null)
                .map(p -> p.getDepartment().getId())
                .toList();
        return units.active().stream()
                .filter(u -> u.getKind() == UnitKind.DEPARTMENT && !taken.contains(u.getId()))
                .toList();
    }

    public List<NoticePolicy> getAll() {
        return all;
    }

    public NoticePolicy getEditing() {
        return editing;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public void setNewDepartment(String v) {
        newDepartment = v;
    }

    public String getNewStage() {
        return newStage;
    }

    public void setNewStage(String v) {
        newStage = v;
    }
}
