package vn.plancycle.organization;

import java.util.List;

/** Refuses workforce figures that break a rule of {@link WorkforceFigures}; nothing is saved. */
public class InvalidWorkforceException extends RuntimeException {

    private final transient List<WorkforceProblem> problems;

    public InvalidWorkforceException(List<WorkforceProblem> problems) {
        super("invalid workforce figures: " + problems.stream().map(WorkforceProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<WorkforceProblem> problems() {
        return problems;
    }
}
