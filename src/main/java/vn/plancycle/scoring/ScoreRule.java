package vn.plancycle.scoring;

/**
 * A scoring rule a process step names in its {@code rule} input: one Spring bean per rule,
 * found by {@link #name()}. It decides the points (and the maximum) from the step's context.
 */
public interface ScoreRule {

    /** The name process owners use in the BPMN, e.g. {@code plan-issued-on-time}. */
    String name();

    ScoreResult evaluate(ScoreContext context);
}
