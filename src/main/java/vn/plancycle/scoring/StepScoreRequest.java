package vn.plancycle.scoring;

import java.util.Map;

import vn.plancycle.notification.ProcessStep;

/**
 * A "score this step" service task's inputs: {@code criterion}, either {@code points} (a number) or
 * {@code rule} (a {@link ScoreRule} name), {@code subject}, optional {@code reason}; with the process's
 * {@code unitCode} and {@code year}, its variables, the step and who acted.
 */
public record StepScoreRequest(String criterion, Object points, String rule, String subject, String reason,
        Object unitCode, Object year, Map<String, Object> variables, ProcessStep step, String recordedBy) {
}
