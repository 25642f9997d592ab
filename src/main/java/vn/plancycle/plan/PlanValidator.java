package vn.plancycle.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a plan may go to the head: "rõ việc, rõ người, rõ thời hạn".
 * Every task needs a title and a deliverable (what), an owner who belongs to the plan's unit (who),
 * a due date inside the plan's year (by when) and a group; the plan needs at least one task and must
 * cover every mandatory group ({@code plancycle.plan.mandatory-groups}).
 */
@Component
public class PlanValidator {

    private final PlanSettings settings;

    public PlanValidator(PlanSettings settings) {
        this.settings = settings;
    }

    /**
     * Every problem of the plan, task problems first (in task order), then those of the whole plan.
     *
     * @param unitPeople the usernames of the plan unit's people
     */
    public List<PlanProblem> validate(Plan plan, Set<String> unitPeople) {
        List<PlanProblem> problems = new ArrayList<>();
        EnumSet<TaskGroup> covered = EnumSet.noneOf(TaskGroup.class);
        for (PlanTask task : plan.getTasks()) {
            problems.addAll(validateTask(task, task.getPosition(), plan.getYear(), unitPeople));
            if (task.getGroup() != null) {
                covered.add(task.getGroup());
            }
        }
        if (plan.getTasks().isEmpty()) {
            problems.add(PlanProblem.ofPlan(PlanProblem.PLAN_EMPTY, "plan.problem.empty", plan.getYear()));
        }
        for (TaskGroup group : settings.mandatoryGroupSet()) {
            if (!covered.contains(group)) {
                problems.add(PlanProblem.ofPlan(PlanProblem.MANDATORY_GROUP_MISSING, "plan.problem.groupNotCovered",
                        group));
            }
        }
        return problems;
    }

    /** The problems of one task (also used to check imported rows before anything is imported). */
    public List<PlanProblem> validateTask(PlanTask task, int position, int year, Set<String> unitPeople) {
        List<PlanProblem> problems = new ArrayList<>();
        String title = blank(task.getTitle()) ? "" : task.getTitle().strip();
        if (blank(task.getTitle())) {
            problems.add(problem(position, title, PlanProblem.TITLE_MISSING, "plan.problem.titleMissing"));
        }
        if (task.getGroup() == null) {
            problems.add(problem(position, title, PlanProblem.GROUP_MISSING, "plan.problem.groupMissing"));
        }
        if (blank(task.getDeliverable())) {
            problems.add(problem(position, title, PlanProblem.DELIVERABLE_MISSING, "plan.problem.deliverableMissing"));
        }
        if (blank(task.getOwnerUsername())) {
            problems.add(problem(position, title, PlanProblem.OWNER_MISSING, "plan.problem.ownerMissing"));
        } else if (!unitPeople.contains(task.getOwnerUsername().strip())) {
            problems.add(problem(position, title, PlanProblem.OWNER_NOT_IN_UNIT, "plan.problem.ownerNotInUnit",
                    task.getOwnerUsername().strip()));
        }
        if (task.getDueDate() == null) {
            problems.add(problem(position, title, PlanProblem.DUE_DATE_MISSING, "plan.problem.dueDateMissing"));
        } else if (task.getDueDate().getYear() != year) {
            problems.add(problem(position, title, PlanProblem.DUE_DATE_OUTSIDE_YEAR, "plan.problem.dueDateOutsideYear",
                    task.getDueDate(), year));
        }
        return problems;
    }

    private static PlanProblem problem(int position, String title, String code, String key, Object... more) {
        return new PlanProblem(position, title, code, key, List.of(more));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
