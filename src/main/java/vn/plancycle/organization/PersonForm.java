package vn.plancycle.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The add/edit form of a person. The username is only read when the person is created; the
 * password only when their login does not exist yet.
 */
public class PersonForm {

    @NotBlank(message = "{person.username.required}")
    @Size(max = 64, message = "{person.username.size}")
    @Pattern(regexp = Person.USERNAME_PATTERN, message = "{person.username.pattern}")
    private String username;

    @NotBlank(message = "{person.fullName.required}")
    @Size(max = 255, message = "{person.fullName.size}")
    private String fullName;

    @Email(message = "{person.email.invalid}")
    @Size(max = 255, message = "{person.email.size}")
    private String email;

    @NotBlank(message = "{person.unit.required}")
    private String unitCode;

    @NotNull(message = "{person.role.required}")
    private PersonRole role = PersonRole.STAFF;

    private String password;

    public PersonForm() {
    }

    public static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.username = person.getUsername();
        form.fullName = person.getFullName();
        form.email = person.getEmail();
        form.unitCode = person.getUnit().getCode();
        form.role = person.getRole();
        return form;
    }

    public static PersonForm of(String username, String fullName, String email, String unitCode, PersonRole role,
            String password) {
        PersonForm form = new PersonForm();
        form.setUsername(username);
        form.setFullName(fullName);
        form.setEmail(email);
        form.setUnitCode(unitCode);
        form.setRole(role);
        form.setPassword(password);
        return form;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = trim(username);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = trim(fullName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        String e = trim(email);
        this.email = e == null || e.isEmpty() ? null : e;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = trim(unitCode);
    }

    public PersonRole getRole() {
        return role;
    }

    public void setRole(PersonRole role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }
}
