package vn.plancycle.organization;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiErrors;

/**
 * {@code /api/units}: units and their workforce figures. Unit members see their own unit only;
 * the ministry sees all. Other errors (403, malformed JSON, bean validation) are {@link ApiErrors}'.
 */
@RestController
public class OrganizationApiController {

    /** A unit as the API shows it. */
    public record UnitJson(String code, String name, boolean active) {
    }

    /** Figures (null when none are recorded) and the target check of a unit for a year. */
    public record WorkforceJson(String unit, int year, boolean recorded, Integer leaders, Integer expertLeaders,
            Integer officials, Integer trainedOfficials, TargetCheck check, List<String> summary,
            String updatedBy, LocalDateTime updatedAt) {
    }

    private final UnitService units;
    private final WorkforceService workforce;
    private final CurrentUserService currentUser;
    private final MessageSource messages;

    public OrganizationApiController(UnitService units, WorkforceService workforce, CurrentUserService currentUser,
            MessageSource messages) {
        this.units = units;
        this.workforce = workforce;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @InitBinder("workforceForm")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(new WorkforceValidator());
    }

    @GetMapping("/api/units")
    public List<UnitJson> units() {
        return units.visibleTo(currentUser.current()).stream()
                .map(u -> new UnitJson(u.getCode(), u.getName(), u.isActive())).toList();
    }

    @GetMapping("/api/units/{code}/workforce/{year}")
    public WorkforceJson workforce(@PathVariable String code, @PathVariable int year) {
        currentUser.requireUnitAccess(code);
        return json(workforce.view(code, year));
    }

    @PutMapping("/api/units/{code}/workforce/{year}")
    public WorkforceJson saveWorkforce(@PathVariable String code, @PathVariable int year,
            @Valid @RequestBody WorkforceForm workforceForm) {
        CurrentUser user = currentUser.requireUnitAccess(code);
        if (!workforce.mayEdit(user, code)) {
            throw new org.springframework.security.access.AccessDeniedException("workforce of " + code);
        }
        return json(workforce.save(code, year, workforceForm.toFigures(), user.username()));
    }

    private WorkforceJson json(WorkforceView v) {
        Locale locale = LocaleContextHolder.getLocale();
        WorkforceFigures f = v.figures();
        return new WorkforceJson(v.unitCode(), v.year(), f != null,
                f == null ? null : f.leaders(), f == null ? null : f.expertLeaders(),
                f == null ? null : f.officials(), f == null ? null : f.trainedOfficials(),
                v.check(), v.check().recorded() ? v.check().lines(messages, locale) : List.of(),
                v.updatedBy(), v.updatedAt());
    }

    @ExceptionHandler(UnitNotFoundException.class)
    ResponseEntity<Map<String, String>> unknownUnit(UnitNotFoundException e) {
        return ApiErrors.body(HttpStatus.NOT_FOUND, "unknown_unit",
                messages.getMessage("unit.unknown", new Object[] {e.code()}, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(InvalidWorkforceException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidWorkforceException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = e.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
                .collect(Collectors.joining("; "));
        return ApiErrors.body(HttpStatus.BAD_REQUEST, "validation", text);
    }
}
