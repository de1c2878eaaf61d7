package kr.minwon.portal.staff.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kr.minwon.portal.platform.faces.Messages;
import kr.minwon.portal.staff.entity.Unit;
import kr.minwon.portal.staff.entity.UnitKind;

/** Creates or edits one department or team: name, level, parent and head. */
@Named
@ViewScoped
public class UnitView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "unitForm";

    @Inject
    Units units;

    private Long id;
    private Long version;

    @Size(max = 40)
    private String code;

    @Size(max = 100)
    private String name;

    private UnitKind kind = UnitKind.TEAM;
    private Long parentId;

    @Size(max = 20)
    private String headNo;

    private boolean active = true;

    private List<Unit> parentChoices;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        Unit u = units.find(id);
        if (u == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show(u);
    }

    private void show(Unit u) {
        id = u.getId();
        version = u.getVersion();
        code = u.getCode();
        name = u.getName();
        kind = u.getKind();
        parentId = u.getParent() == null ? null : u.getParent().getId();
        headNo = u.getHead() == null ? null : u.getHead().getEmployeeNo();
        active = u.isActive();
    }

    public String save() {
        try {
            Unit saved = units.save(id, version, code, name, kind, parentId, headNo, active);
            if (id == null) {
                Messages.info("staff.unit.created");
                return "/staff/unit?faces-redirect=true&id=" + saved.getId();
            }
            show(saved);
            Messages.info("general.saved");
            return null;
        } catch (StaffChangeRefused refused) {
            Messages.refuse(FORM, refused.field(), refused.getMessage());
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    /** Active units other than this one: a unit cannot stand under itself (the facade checks deeper cycles). */
    public List<Unit> getParentChoices() {
        if (parentChoices == null) {
            parentChoices = units.active().stream()
                    .filter(u -> !Objects.equals(u.getId(), id))
                    .toList();
        }
        return parentChoices;
    }

    public List<UnitKind> getKinds() {
        return Arrays.asList(UnitKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getHeadNo() {
        return headNo;
    }

    public void setHeadNo(String headNo) {
        this.headNo = headNo;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
