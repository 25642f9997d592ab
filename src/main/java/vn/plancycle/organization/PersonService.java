package vn.plancycle.organization;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.Roles;
import vn.plancycle.system.EngineAccess;

/**
 * People and their logins. The {@link Person} row is the business record, the Camunda user of the
 * same id is the login: every change to a person updates the user and puts them in exactly one
 * unit group ({@code unit-{code}-staff} or {@code unit-{code}-head}), in the same transaction
 * (the engine shares Spring's transaction manager), leaving ministry groups alone.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final UnitRepository units;
    private final IdentityService identity;
    private final EngineAccess engineAccess;
    private final MessageSource messages;

    public PersonService(PersonRepository people, UnitRepository units, IdentityService identity,
            EngineAccess engineAccess, MessageSource messages) {
        this.people = people;
        this.units = units;
        this.identity = identity;
        this.engineAccess = engineAccess;
        this.messages = messages;
    }

    public List<Person> list(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? people.findAllWithUnit() : people.findByUnitCode(unitCode);
    }

    public Person get(String username) {
        return people.findByUsername(username).orElseThrow(() -> new PersonNotFoundException(username));
    }

    public boolean loginExists(String username) {
        return identity.createUserQuery().userId(username).count() > 0;
    }

    /** Creates the person and their login (or adopts an existing login), and puts them in their unit group. */
    @Transactional
    public Person create(PersonForm form) {
        if (people.existsByUsername(form.getUsername())) {
            throw new FieldProblemException("username", "person.username.taken", form.getUsername());
        }
        Unit unit = unit(form.getUnitCode());
        Person person = people.save(new Person(form.getUsername(), form.getFullName(), form.getEmail(), unit,
                form.getRole()));
        syncLogin(person, form.getPassword());
        return person;
    }

    /** Changes name, e-mail, unit and role; the login's unit group follows. The username never changes. */
    @Transactional
    public Person update(String username, PersonForm form) {
        Person person = get(username);
        apply(person, form.getFullName(), form.getEmail(), unit(form.getUnitCode()), form.getRole());
        syncLogin(person, null);
        return person;
    }

    /** Creates or updates a person by username (import, demo data). */
    @Transactional
    public Person upsert(String username, String fullName, String email, Unit unit, PersonRole role, String password) {
        Person person = people.findByUsername(username).orElse(null);
        if (person == null) {
            person = people.save(new Person(username, fullName, email, unit, role));
        } else {
            apply(person, fullName, email, unit, role);
        }
        syncLogin(person, password);
        return person;
    }

    private static void apply(Person person, String fullName, String email, Unit unit, PersonRole role) {
        person.setFullName(fullName);
        person.setEmail(email);
        person.setUnit(unit);
        person.setRole(role);
    }

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new FieldProblemException("unitCode", "person.unit.unknown", code));
    }

    /**
     * The login side of a person: creates the Camunda user (the initial password is then required
     * and must pass the password policy) or updates its name and e-mail, then the unit group.
     */
    void syncLogin(Person person, String initialPassword) {
        User user = identity.createUserQuery().userId(person.getUsername()).singleResult();
        boolean created = user == null;
        if (created) {
            if (initialPassword == null || initialPassword.isEmpty()) {
                throw new FieldProblemException("password", "person.password.required");
            }
            user = identity.newUser(person.getUsername());
        }
        String[] names = splitName(person.getFullName());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(person.getEmail());
        if (created) {
            user.setPassword(initialPassword);
            String weakness = passwordWeakness(user, initialPassword);
            if (weakness != null) {
                throw new FieldProblemException("password", "person.password.weak", weakness);
            }
        }
        try {
            identity.saveUser(user);
        } catch (ProcessEngineException e) {
            if (created) {
                throw new FieldProblemException("password", "person.password.refused", e.getMessage());
            }
            throw e;
        }
        syncGroups(person.getUsername(), person.getUnit(), person.getRole());
    }

    /** Puts the user in exactly the unit group of their role, out of every other unit group. */
    void syncGroups(String username, Unit unit, PersonRole role) {
        String target = role.groupOf(unit.getCode());
        if (identity.createGroupQuery().groupId(target).count() == 0) {
            engineAccess.setUpUnit(unit.getCode(), unit.getName());
        }
        boolean member = false;
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            if (group.getId().equals(target)) {
                member = true;
            } else if (Roles.unitOf(group.getId()).isPresent()) {
                identity.deleteMembership(username, group.getId());
            }
        }
        if (!member) {
            identity.createMembership(username, target);
        }
    }

    /**
     * What the password policy (when it is on) finds wrong with the password, in the user's
     * language; null when the password passes.
     */
    String passwordWeakness(User user, String password) {
        PasswordPolicy policy = identity.getPasswordPolicy();
        if (policy == null) {
            return null;
        }
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(policy, password, user);
        if (result.isValid()) {
            return null;
        }
        return result.getViolatedRules().stream().map(this::describe).collect(Collectors.joining("; "));
    }

    private String describe(PasswordPolicyRule rule) {
        Map<String, String> parameters = rule.getParameters();
        Object value = parameters == null || parameters.isEmpty() ? "" : parameters.values().iterator().next();
        return messages.getMessage("person.password.rule." + rule.getPlaceholder(), new Object[] {value},
                rule.getPlaceholder(), LocaleContextHolder.getLocale());
    }

    /**
     * Camunda's first and last name from a Vietnamese full name: the given name (the last word)
     * is the last name, so "first last" reads as the full name ("Nguyễn Văn" + "An").
     */
    static String[] splitName(String fullName) {
        String name = fullName == null ? "" : fullName.trim().replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {name, ""};
        }
        return new String[] {name.substring(0, space), name.substring(space + 1)};
    }
}
