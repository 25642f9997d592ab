package vn.plancycle.organization;

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
import jakarta.persistence.Table;

/**
 * The business record of a login: who the person is and where they work. The Camunda user of the
 * same id is the login; {@link PersonService} keeps its unit group in step with {@link #unit} and
 * {@link #role}.
 */
@Entity
@Table(name = "person")
public class Person {

    /** Camunda's id whitelist (application.yml {@code general-resource-whitelist-pattern}). */
    public static final String USERNAME_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PersonRole role;

    protected Person() {
    }

    public Person(String username, String fullName, String email, Unit unit, PersonRole role) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.unit = unit;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public PersonRole getRole() {
        return role;
    }

    public void setRole(PersonRole role) {
        this.role = role;
    }

    /** The one unit group this person belongs to. */
    public String unitGroup() {
        return role.groupOf(unit.getCode());
    }

    public static boolean isValidUsername(String username) {
        return username != null && username.length() <= 64 && username.matches(USERNAME_PATTERN);
    }
}
