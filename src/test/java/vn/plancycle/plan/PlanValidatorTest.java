package vn.plancycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** "Rõ việc, rõ người, rõ thời hạn" and the mandatory groups, without Spring. */
class PlanValidatorTest {

    private static final int YEAR = 2031;
    private static final Set<String> PEOPLE = Set.of("staff-pc", "head-pc");

    private final PlanValidator validator = new PlanValidator(new PlanSettings());

    private static PlanTask task(String title, TaskGroup group, String deliverable, String owner, LocalDate due) {
        return new PlanTask(title, group, deliverable, owner, due, null);
    }

    /** One good task per Decision 970 group plus a CCHC task. */
    private static Plan completePlan() {
        Plan plan = new Plan(1L, YEAR);
        int month = 1;
        for (TaskGroup group : List.of(TaskGroup.AWARENESS, TaskGroup.LEADERSHIP, TaskGroup.WORKFORCE,
                TaskGroup.TRANSPARENCY, TaskGroup.MONITORING)) {
            plan.addTask(task("Nhiệm vụ " + group, group, "Báo cáo " + group, "staff-pc",
                    LocalDate.of(YEAR, month++, 15)));
        }
        plan.addTask(task("Số hoá hồ sơ", TaskGroup.DIGITAL_GOVERNMENT, "Hồ sơ số", "head-pc", LocalDate.of(YEAR, 12, 31)));
        return plan;
    }

    private static Plan withExtra(PlanTask extra) {
        Plan plan = completePlan();
        plan.addTask(extra);
        return plan;
    }

    @Test
    void aCompletePlanHasNoProblems() {
        assertThat(validator.validate(completePlan(), PEOPLE)).isEmpty();
    }

    @Test
    void aTaskWithoutTitleOrDeliverableIsNotClearOnWhat() {
        List<PlanProblem> problems = validator.validate(
                withExtra(task("  ", TaskGroup.MONITORING, null, "staff-pc", LocalDate.of(YEAR, 6, 1))), PEOPLE);
        assertThat(problems).extracting(PlanProblem::taskPosition, PlanProblem::code)
                .containsExactly(tuple(7, PlanProblem.TITLE_MISSING), tuple(7, PlanProblem.DELIVERABLE_MISSING));
    }

    @Test
    void aTaskWithoutOwnerIsNotClearOnWho() {
        List<PlanProblem> problems = validator.validate(
                withExtra(task("Đánh giá", TaskGroup.MONITORING, "Báo cáo", " ", LocalDate.of(YEAR, 6, 1))), PEOPLE);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(PlanProblem.OWNER_MISSING);
            assertThat(p.taskPosition()).isEqualTo(7);
            assertThat(p.taskTitle()).isEqualTo("Đánh giá");
            assertThat(p.messageKey()).isEqualTo("plan.problem.ownerMissing");
        });
    }

    @Test
    void anOwnerFromAnotherUnitIsRefused() {
        List<PlanProblem> problems = validator.validate(
                withExtra(task("Đánh giá", TaskGroup.MONITORING, "Báo cáo", "staff-khtc", LocalDate.of(YEAR, 6, 1))),
                PEOPLE);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(PlanProblem.OWNER_NOT_IN_UNIT);
            assertThat(p.args()).containsExactly("staff-khtc");
        });
    }

    @Test
    void aTaskWithoutDeadlineIsNotClearOnWhen() {
        List<PlanProblem> problems = validator.validate(
                withExtra(task("Đánh giá", TaskGroup.MONITORING, "Báo cáo", "staff-pc", null)), PEOPLE);
        assertThat(problems).extracting(PlanProblem::code).containsExactly(PlanProblem.DUE_DATE_MISSING);
    }

    @Test
    void aDeadlineOutsideThePlanYearIsRefusedOnBothSides() {
        Plan plan = completePlan();
        plan.addTask(task("Quá sớm", TaskGroup.MONITORING, "Báo cáo", "staff-pc", LocalDate.of(YEAR - 1, 12, 31)));
        plan.addTask(task("Quá muộn", TaskGroup.MONITORING, "Báo cáo", "staff-pc", LocalDate.of(YEAR + 1, 1, 1)));
        assertThat(validator.validate(plan, PEOPLE))
                .extracting(PlanProblem::taskPosition, PlanProblem::code, PlanProblem::args)
                .containsExactly(
                        tuple(7, PlanProblem.DUE_DATE_OUTSIDE_YEAR, List.of(LocalDate.of(YEAR - 1, 12, 31), YEAR)),
                        tuple(8, PlanProblem.DUE_DATE_OUTSIDE_YEAR, List.of(LocalDate.of(YEAR + 1, 1, 1), YEAR)));
    }

    @Test
    void aTaskWithoutGroupIsReported() {
        List<PlanProblem> problems = validator.validate(
                withExtra(task("Đánh giá", null, "Báo cáo", "staff-pc", LocalDate.of(YEAR, 6, 1))), PEOPLE);
        assertThat(problems).extracting(PlanProblem::code).containsExactly(PlanProblem.GROUP_MISSING);
    }

    @Test
    void anEmptyPlanIsRefusedAndNamesEveryMissingMandatoryGroup() {
        List<PlanProblem> problems = validator.validate(new Plan(1L, YEAR), PEOPLE);
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(PlanProblem.PLAN_EMPTY);
            assertThat(p.isAboutTask()).isFalse();
        });
        assertThat(problems).filteredOn(p -> p.code().equals(PlanProblem.MANDATORY_GROUP_MISSING))
                .flatExtracting(PlanProblem::args)
                .containsExactly(TaskGroup.AWARENESS, TaskGroup.LEADERSHIP, TaskGroup.WORKFORCE,
                        TaskGroup.TRANSPARENCY, TaskGroup.MONITORING);
    }

    @Test
    void aPlanMissingAMandatoryGroupNamesIt() {
        Plan plan = new Plan(1L, YEAR);
        for (TaskGroup group : List.of(TaskGroup.AWARENESS, TaskGroup.LEADERSHIP, TaskGroup.TRANSPARENCY,
                TaskGroup.MONITORING, TaskGroup.PROCEDURES)) {
            plan.addTask(task("Nhiệm vụ " + group, group, "Sản phẩm", "staff-pc", LocalDate.of(YEAR, 3, 1)));
        }
        assertThat(validator.validate(plan, PEOPLE)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(PlanProblem.MANDATORY_GROUP_MISSING);
            assertThat(p.args()).containsExactly(TaskGroup.WORKFORCE);
        });
    }

    @Test
    void theMandatoryGroupsAreConfigurable() {
        PlanSettings settings = new PlanSettings();
        settings.setMandatoryGroups(List.of(TaskGroup.DIGITAL_GOVERNMENT));
        Plan plan = new Plan(1L, YEAR);
        plan.addTask(task("Số hoá", TaskGroup.DIGITAL_GOVERNMENT, "Hồ sơ số", "staff-pc", LocalDate.of(YEAR, 3, 1)));
        assertThat(new PlanValidator(settings).validate(plan, PEOPLE)).isEmpty();
        assertThat(validator.validate(plan, PEOPLE)).extracting(PlanProblem::code)
                .containsOnly(PlanProblem.MANDATORY_GROUP_MISSING).hasSize(5);
    }

    @Test
    void groupsAreRecognisedByNameOrVietnameseLabel() {
        assertThat(TaskGroup.parse("workforce")).contains(TaskGroup.WORKFORCE);
        assertThat(TaskGroup.parse("  Cải cách thủ tục hành chính ")).contains(TaskGroup.PROCEDURES);
        assertThat(TaskGroup.parse("không có")).isEmpty();
        assertThat(TaskGroup.parse(null)).isEmpty();
    }

    @Test
    void onlyDraftsAndReturnedPlansAreEditable() {
        assertThat(PlanStatus.DRAFT.isEditable()).isTrue();
        assertThat(PlanStatus.RETURNED.isEditable()).isTrue();
        assertThat(PlanStatus.SUBMITTED.isEditable()).isFalse();
        assertThat(PlanStatus.APPROVED.isEditable()).isFalse();
        assertThat(PlanStatus.PUBLISHED.isEditable()).isFalse();
    }
}
