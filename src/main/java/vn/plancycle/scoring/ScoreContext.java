package vn.plancycle.scoring;

import java.time.LocalDateTime;
import java.util.Map;

/** What a rule may look at: the unit, the year, the subject, the step's variables and the engine's time. */
public record ScoreContext(String unitCode, int year, Subject subject, Map<String, Object> variables,
        LocalDateTime now) {

    public Object variable(String name) {
        return variables.get(name);
    }
}
