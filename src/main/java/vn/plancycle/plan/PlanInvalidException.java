package vn.plancycle.plan;

import java.util.List;

/** The plan is not clear on what, who or by when: it cannot go to the head. Nothing has changed. */
public class PlanInvalidException extends RuntimeException {

    private final transient List<PlanProblem> problems;

    public PlanInvalidException(List<PlanProblem> problems) {
        super("plan invalid: " + problems.stream().map(PlanProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
