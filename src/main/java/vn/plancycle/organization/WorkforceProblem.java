package vn.plancycle.organization;

/** One broken workforce rule: the field it concerns and the message key (with its arguments). */
public record WorkforceProblem(String field, String messageKey, Object... args) {
}
