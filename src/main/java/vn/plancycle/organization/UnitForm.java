package vn.plancycle.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The add/edit form of a unit. The code is only read when the unit is created. */
public class UnitForm {

    @NotBlank(message = "{unit.code.required}")
    @Pattern(regexp = Unit.CODE_PATTERN, message = "{unit.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 255, message = "{unit.name.size}")
    private String name;

    private boolean active = true;

    public UnitForm() {
    }

    public static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.active = unit.isActive();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
