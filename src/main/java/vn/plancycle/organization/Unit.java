package vn.plancycle.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit of the ministry (Vụ, Văn phòng, Trung tâm). Its lower-case code names its Camunda tenant
 * and its two groups {@code unit-{code}-staff} / {@code unit-{code}-head}, so the code is fixed
 * once the unit exists; the name may change.
 */
@Entity
@Table(name = "unit")
public class Unit {

    /** Lower case, starts with a letter, 2 to 20 characters: it becomes part of group ids. */
    public static final String CODE_PATTERN = "[a-z][a-z0-9]{1,19}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{unit.code.required}")
    @Pattern(regexp = CODE_PATTERN, message = "{unit.code.pattern}")
    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 255, message = "{unit.name.size}")
    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    public Unit(String code, String name, boolean active) {
        this.code = code;
        this.name = name;
        this.active = active;
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

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public static boolean isValidCode(String code) {
        return code != null && code.matches(CODE_PATTERN);
    }
}
