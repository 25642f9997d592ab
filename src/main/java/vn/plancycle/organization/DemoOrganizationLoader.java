package vn.plancycle.organization;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.security.Roles;
import vn.plancycle.system.EngineAccess;

/**
 * The demo ministry (DESIGN.md, "Demo data"): seven units, a staff member and a head in each,
 * the ministry logins, and this year's workforce figures of four units. Password {@code demo}
 * everywhere. Idempotent: what exists is left as it is.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "plancycle.demo.enabled", havingValue = "true")
public class DemoOrganizationLoader implements ApplicationRunner {

    public static final String PASSWORD = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganizationLoader.class);

    /** code, name, active, staff's name, head's name */
    private static final String[][] UNITS = {
        {"vp", "Văn phòng Bộ", "true", "Nguyễn Thị Lan", "Trần Văn Hùng"},
        {"khtc", "Vụ Kế hoạch – Tài chính", "true", "Lê Minh Tuấn", "Phạm Thị Hoa"},
        {"tccb", "Vụ Tổ chức cán bộ", "true", "Hoàng Văn Nam", "Vũ Thị Mai"},
        {"cds", "Trung tâm Chuyển đổi số", "true", "Đỗ Quang Huy", "Bùi Thị Thu"},
        {"khcn", "Vụ Khoa học và Công nghệ", "true", "Ngô Thị Hạnh", "Đặng Văn Long"},
        {"pc", "Vụ Pháp chế", "true", "Phan Văn Đức", "Trịnh Thị Ngọc"},
        {"ttdl", "Trung tâm Dữ liệu cũ", "false", "Lý Văn Bình", "Mai Thị Yến"},
    };

    /** Ministry logins: username, group, first name, last name. */
    private static final String[][] MINISTRY = {
        {"reviewer", Roles.REVIEWERS, "Chuyên viên", "Thẩm định"},
        {"leader", Roles.LEADERS, "Lãnh đạo", "Bộ"},
        {"owner", Roles.PROCESS_OWNERS, "Chủ", "Quy trình"},
        {"admin", Roles.ADMINS, "Quản trị", "Hệ thống"},
    };

    /** This year's figures: leaders, expert leaders, officials, trained officials. */
    private static final Map<String, WorkforceFigures> FIGURES = Map.of(
            "vp", new WorkforceFigures(8, 3, 40, 40),      // 37.5 %, 100 %: both met
            "khtc", new WorkforceFigures(6, 1, 30, 30),    // 16.6 %: expert-leader target missed
            "cds", new WorkforceFigures(5, 4, 25, 25),     // 80 %, 100 %: both met
            "khcn", new WorkforceFigures(4, 2, 20, 17));   // 85 % trained: training target missed

    private final EngineAccess engineAccess;
    private final IdentityService identity;
    private final UnitRepository units;
    private final UnitService unitService;
    private final PersonRepository people;
    private final PersonService personService;
    private final WorkforceFigureRepository figures;
    private final WorkforceService workforce;

    public DemoOrganizationLoader(EngineAccess engineAccess, IdentityService identity, UnitRepository units,
            UnitService unitService, PersonRepository people, PersonService personService,
            WorkforceFigureRepository figures, WorkforceService workforce) {
        this.engineAccess = engineAccess;
        this.identity = identity;
        this.units = units;
        this.unitService = unitService;
        this.people = people;
        this.personService = personService;
        this.figures = figures;
        this.workforce = workforce;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        engineAccess.setUpMinistryGroups();
        List<String> logins = new ArrayList<>();
        for (String[] u : UNITS) {
            String code = u[0];
            Unit unit = units.findByCode(code).orElse(null);
            if (unit == null) {
                UnitForm form = new UnitForm();
                form.setCode(code);
                form.setName(u[1]);
                form.setActive(Boolean.parseBoolean(u[2]));
                unit = unitService.create(form);
            }
            person("staff-" + code, u[3], unit, PersonRole.STAFF);
            person("head-" + code, u[4], unit, PersonRole.HEAD);
            logins.add("staff-" + code);
            logins.add("head-" + code);
        }
        for (String[] m : MINISTRY) {
            ministryLogin(m[0], m[1], m[2], m[3]);
            logins.add(m[0]);
        }
        int year = Year.now().getValue();
        FIGURES.forEach((code, f) -> {
            if (figures.findByUnitCodeAndYear(code, year).isEmpty()) {
                workforce.save(code, year, f, "demo");
            }
        });
        LOG.info("Demo logins (password \"{}\"): {}", PASSWORD, String.join(", ", logins));
    }

    private void person(String username, String fullName, Unit unit, PersonRole role) {
        if (!people.existsByUsername(username)) {
            personService.create(PersonForm.of(username, fullName, username + "@plancycle.local", unit.getCode(), role,
                    PASSWORD));
        }
    }

    private void ministryLogin(String username, String group, String firstName, String lastName) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(username + "@plancycle.local");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(group).count() == 0) {
            identity.createMembership(username, group);
        }
    }
}
