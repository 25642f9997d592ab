package vn.plancycle.organization;

import java.time.Year;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/**
 * {@code /workforce}: a unit's workforce figures for a year and the target check. Unit members see
 * (and record) their own unit; the ministry chooses a unit with {@code ?unit=}, and only
 * administrators among them may change figures.
 */
@Controller
public class WorkforceController {

    static final String VIEW = "organization/workforce";

    private final WorkforceService workforce;
    private final UnitService units;
    private final CurrentUserService currentUser;
    private final MessageSource messages;

    public WorkforceController(WorkforceService workforce, UnitService units, CurrentUserService currentUser,
            MessageSource messages) {
        this.workforce = workforce;
        this.units = units;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @InitBinder("workforceForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("leaders", "expertLeaders", "officials", "trainedOfficials");
        binder.addValidators(new WorkforceValidator());
    }

    @GetMapping("/workforce")
    public String show(@RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "year", required = false) Integer year, Model model) {
        CurrentUser user = currentUser.current();
        String code = unitOf(user, unit);
        int y = yearOf(year);
        if (code == null) {
            model.addAttribute("units", units.all());
            model.addAttribute("year", y);
            return VIEW;
        }
        WorkforceView view = workforce.view(code, y);
        return page(model, user, view, WorkforceForm.of(view.figures()));
    }

    @PostMapping("/workforce")
    public String save(@RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "year", required = false) Integer year,
            @Valid @ModelAttribute("workforceForm") WorkforceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUser.current();
        String code = unitOf(user, unit);
        int y = yearOf(year);
        if (code == null || !workforce.mayEdit(user, code)) {
            throw new AccessDeniedException("workforce of " + code);
        }
        if (y < WorkforceFigures.FIRST_YEAR || y > WorkforceFigures.LAST_YEAR) {
            result.reject("workforce.year.range", new Object[] {WorkforceFigures.FIRST_YEAR,
                WorkforceFigures.LAST_YEAR}, "workforce.year.range");
        }
        if (result.hasErrors()) {
            return page(model, user, workforce.view(code, y), form);
        }
        try {
            workforce.save(code, y, form.toFigures(), user.username());
        } catch (InvalidWorkforceException e) {
            for (WorkforceProblem p : e.problems()) {
                if ("year".equals(p.field())) {
                    result.reject(p.messageKey(), p.args(), p.messageKey());
                } else {
                    result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
                }
            }
            return page(model, user, workforce.view(code, y), form);
        }
        redirect.addFlashAttribute("message", messages.getMessage("workforce.saved", new Object[] {code,
            String.valueOf(y)}, LocaleContextHolder.getLocale()));
        redirect.addAttribute("unit", code);
        redirect.addAttribute("year", y);
        return "redirect:/workforce";
    }

    /** The unit shown: the asked one if the user may see it (403 otherwise), else the user's own. */
    private String unitOf(CurrentUser user, String asked) {
        if (asked != null && !asked.isBlank()) {
            currentUser.requireUnitAccess(asked);
            return asked;
        }
        if (user.unitCode() != null) {
            return user.unitCode();
        }
        if (user.seesAllUnits()) {
            return null; // the ministry picks a unit
        }
        throw new AccessDeniedException("no unit");
    }

    private static int yearOf(Integer year) {
        return year == null ? Year.now().getValue() : year;
    }

    private String page(Model model, CurrentUser user, WorkforceView view, WorkforceForm form) {
        model.addAttribute("view", view);
        model.addAttribute("year", view.year());
        model.addAttribute("unitCode", view.unitCode());
        model.addAttribute("workforceForm", form);
        model.addAttribute("mayEdit", workforce.mayEdit(user, view.unitCode()));
        model.addAttribute("checkLines", view.check().recorded()
                ? view.check().lines(messages, LocaleContextHolder.getLocale()) : List.of());
        model.addAttribute("targets", workforce.targets());
        model.addAttribute("units", user.seesAllUnits() ? units.all() : List.of());
        return VIEW;
    }
}
