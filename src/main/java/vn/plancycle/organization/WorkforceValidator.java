package vn.plancycle.organization;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The cross-field rules of {@link WorkforceFigures} on a {@link WorkforceForm} (expert leaders
 * among the leaders, trained officials among the officials). Missing and negative figures are the
 * form's own Bean Validation; a field is reported once.
 */
public class WorkforceValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return WorkforceForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        WorkforceForm form = (WorkforceForm) target;
        for (WorkforceProblem p : WorkforceFigures.problems(WorkforceFigures.FIRST_YEAR, form.getLeaders(),
                form.getExpertLeaders(), form.getOfficials(), form.getTrainedOfficials())) {
            if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            }
        }
    }
}
