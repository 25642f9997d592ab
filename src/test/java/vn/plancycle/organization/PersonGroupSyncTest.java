package vn.plancycle.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plancycle.security.Roles;
import vn.plancycle.testsupport.AppTest;

/** A person's Camunda user sits in exactly the unit group of their unit and role, whatever changes. */
@AppTest
class PersonGroupSyncTest {

    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    PersonRepository personRepository;
    @Autowired
    IdentityService identity;

    String a;
    String b;
    String suffix;

    @BeforeEach
    void twoFreshUnits() {
        suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
        a = "sa" + suffix;
        b = "sb" + suffix;
        units.create(unitForm(a, "Đơn vị A " + suffix));
        units.create(unitForm(b, "Đơn vị B " + suffix));
    }

    static UnitForm unitForm(String code, String name) {
        UnitForm form = new UnitForm();
        form.setCode(code);
        form.setName(name);
        form.setActive(true);
        return form;
    }

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).sorted().toList();
    }

    @Test
    void creatingAUnitSetsUpItsTenantAndGroups() {
        assertThat(identity.createTenantQuery().tenantId(a).singleResult().getName()).isEqualTo("Đơn vị A " + suffix);
        assertThat(identity.createGroupQuery().groupIdIn(Roles.staffGroup(a), Roles.headGroup(a)).count()).isEqualTo(2);
        units.update(a, unitForm(a, "Đơn vị A đổi tên " + suffix));
        assertThat(identity.createTenantQuery().tenantId(a).singleResult().getName())
                .isEqualTo("Đơn vị A đổi tên " + suffix);
        assertThatThrownBy(() -> units.create(unitForm(a, "trùng"))).isInstanceOf(FieldProblemException.class);
    }

    @Test
    void creatingAPersonCreatesTheLoginInTheUnitsGroup() {
        String username = "p-" + suffix;
        people.create(PersonForm.of(username, "Nguyễn Văn An", username + "@example.vn", a, PersonRole.STAFF, "demo"));
        assertThat(identity.checkPassword(username, "demo")).isTrue();
        var user = identity.createUserQuery().userId(username).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Nguyễn Văn An");
        assertThat(user.getEmail()).isEqualTo(username + "@example.vn");
        assertThat(groupsOf(username)).containsExactly(Roles.staffGroup(a));
    }

    @Test
    void movingAndPromotingKeepTheGroupsInStepAndLeaveMinistryGroupsAlone() {
        String username = "m-" + suffix;
        people.create(PersonForm.of(username, "Trần Thị Bình", null, a, PersonRole.STAFF, "demo"));
        identity.createMembership(username, Roles.REVIEWERS);

        people.update(username, PersonForm.of(username, "Trần Thị Bình", null, b, PersonRole.STAFF, null));
        assertThat(groupsOf(username)).containsExactlyInAnyOrder(Roles.staffGroup(b), Roles.REVIEWERS);

        people.update(username, PersonForm.of(username, "Trần Thị Bình", null, b, PersonRole.HEAD, null));
        assertThat(groupsOf(username)).containsExactlyInAnyOrder(Roles.headGroup(b), Roles.REVIEWERS);

        people.update(username, PersonForm.of(username, "Trần Thị Bình Minh", null, a, PersonRole.HEAD, null));
        assertThat(groupsOf(username)).containsExactlyInAnyOrder(Roles.headGroup(a), Roles.REVIEWERS);
        assertThat(personRepository.findByUsername(username).orElseThrow().getUnit().getCode()).isEqualTo(a);
        assertThat(identity.createUserQuery().userId(username).singleResult().getLastName()).isEqualTo("Minh");
    }

    @Test
    void strayUnitGroupsAreRemovedOnTheNextSave() {
        String username = "x-" + suffix;
        people.create(PersonForm.of(username, "Lê Văn Cường", null, a, PersonRole.HEAD, "demo"));
        identity.createMembership(username, Roles.staffGroup(b)); // e.g. added by hand in Camunda Admin
        people.update(username, PersonForm.of(username, "Lê Văn Cường", null, a, PersonRole.HEAD, null));
        assertThat(groupsOf(username)).containsExactly(Roles.headGroup(a));
    }

    @Test
    void aNewLoginWithoutPasswordIsRefusedAndNothingIsSaved() {
        String username = "n-" + suffix;
        assertThatThrownBy(() -> people.create(PersonForm.of(username, "Phạm Văn Dũng", null, a, PersonRole.STAFF,
                null)))
                .isInstanceOf(FieldProblemException.class)
                .satisfies(e -> assertThat(((FieldProblemException) e).field()).isEqualTo("password"));
        assertThat(personRepository.existsByUsername(username)).isFalse();
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
    }

    @Test
    void anUnknownUnitIsRefused() {
        String username = "u-" + suffix;
        assertThatThrownBy(() -> people.create(PersonForm.of(username, "Võ Văn Em", null, "zz" + suffix,
                PersonRole.STAFF, "demo")))
                .isInstanceOf(FieldProblemException.class)
                .satisfies(e -> assertThat(((FieldProblemException) e).field()).isEqualTo("unitCode"));
        assertThat(identity.createUserQuery().userId(username).count()).isZero();
    }
}
