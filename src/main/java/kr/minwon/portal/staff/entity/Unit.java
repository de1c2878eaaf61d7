package kr.minwon.portal.staff.entity;

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
import java.util.Objects;

/** An organisational unit: the office, a department or a team, with its leader (team) or head (department). */
@Entity
@Table(name = "unit")
public class Unit implements Serializable {

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private Employee head;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Unit() {}

    public Unit(String code, String name, UnitKind kind, Unit parent) {
        this.code = Objects.requireNonNull(code);
        rename(name);
        this.kind = Objects.requireNonNull(kind);
        moveUnder(parent);
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public void changeKind(UnitKind kind, Unit parent) {
        this.kind = Objects.requireNonNull(kind);
        moveUnder(parent);
    }

    public final void moveUnder(Unit parent) {
        if (!kind.mayHaveParent(parent == null ? null : parent.kind)) {
            throw new IllegalArgumentException(
                    "A " + kind + " cannot stand under " + (parent == null ? "nothing" : parent.kind));
        }
        for (Unit u = parent; u != null; u = u.parent) {
            if (u == this) {
                throw new IllegalArgumentException("A unit cannot stand under itself");
            }
        }
        this.parent = parent;
    }

    public void appointHead(Employee head) {
        this.head = head;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The department this unit belongs to: itself for a department, its parent for a team. */
    public Unit department() {
        return kind == UnitKind.TEAM ? parent : kind == UnitKind.DEPARTMENT ? this : null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }

    public Employee getHead() {
        return head;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
