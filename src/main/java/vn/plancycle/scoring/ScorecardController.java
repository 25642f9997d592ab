package vn.plancycle.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.organization.Unit;
import vn.plancycle.organization.UnitRepository;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * The scorecard pages: {@code /scorecards} (the current year), {@code /scorecards/{year}} (the ministry's
 * groups: every unit by total, with its class after the cap and why it fell back; a unit's members: their
 * unit), {@code /scorecards/{year}/{unit}} (every item of one scorecard) and
 * {@code /scorecards/{year}/{unit}/entries?item=} (the entries behind one figure, and so the process steps).
 * Refusals are a page with the reason and a 4xx status.
 */
@Controller
public class ScorecardController {

    static final String YEAR = "scoring/year";
    static final String UNIT = "scoring/unit";
    static final String ENTRIES = "scoring/entries";

    private final ScorecardService scorecards;
    private final ScorecardCalculator calculator;
    private final ScoringSettings settings;
    private final CurrentUserService currentUser;
    private final UnitRepository units;
    private final MessageSource messages;

    public ScorecardController(ScorecardService scorecards, ScorecardCalculator calculator, ScoringSettings settings,
            CurrentUserService currentUser, UnitRepository units, MessageSource messages) {
        this.scorecards = scorecards;
        this.calculator = calculator;
        this.settings = settings;
        this.currentUser = currentUser;
        this.units = units;
        this.messages = messages;
    }

    /** One unit of the year's list: its place by total, name, scorecard and class after the cap. */
    public record Row(int rank, String unitCode, String unitName, Scorecard card, ClassifiedUnit classified,
            String fallBackReason) {
    }

    /** The current year, or the one picked in the year selector. */
    @GetMapping("/scorecards")
    public String current(@RequestParam(required = false) String year) {
        int y = year == null || year.isBlank() ? ExecutionService.today().getYear() : ScorecardService.requireYear(year);
        return "redirect:/scorecards/" + y;
    }

    @GetMapping("/scorecards/{year}")
    public String year(@PathVariable String year, Model model) {
        int y = ScorecardService.requireYear(year);
        CurrentUser user = currentUser.current();
        if (!user.seesAllUnits() && user.unitCode() == null) {
            throw new AccessDeniedException("scorecards: no unit");
        }
        List<Scorecard> cards = scorecards.year(y);
        ClassificationOutcome outcome = scorecards.classify(cards);
        Map<String, String> names = names();
        List<Scorecard> sorted = cards.stream()
                .sorted(Comparator.comparing(Scorecard::total).reversed().thenComparing(Scorecard::unitCode)).toList();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard c = sorted.get(i);
            if (user.canSeeUnit(c.unitCode())) {
                ClassifiedUnit classified = outcome.unit(c.unitCode()).orElseThrow();
                rows.add(new Row(i + 1, c.unitCode(), names.getOrDefault(c.unitCode(), c.unitCode()), c, classified,
                        fallBackReason(classified, outcome)));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("outcome", outcome);
        model.addAttribute("capPercent", Points.percent(outcome.capShare()));
        model.addAttribute("ministry", user.seesAllUnits());
        return page(model, y, YEAR);
    }

    @GetMapping("/scorecards/{year}/{unit}")
    public String unit(@PathVariable String year, @PathVariable String unit, Model model) {
        int y = ScorecardService.requireYear(year);
        Unit u = requireUnit(unit);
        ScorecardService.ClassifiedCard found = scorecards.classified(unit, y);
        Scorecard card = found.card();
        ClassifiedUnit classified = found.classified();
        ClassificationOutcome outcome = found.outcome();
        ScoringSettings.Card rules = settings.getScorecard();
        model.addAttribute("unit", u);
        model.addAttribute("card", card);
        model.addAttribute("classified", classified);
        model.addAttribute("fallBackReason", fallBackReason(classified, outcome));
        model.addAttribute("band", calculator.band(card.completionPercent()));
        model.addAttribute("fullAbove", Points.text(rules.getCompletionFullAbove()));
        model.addAttribute("halfFrom", Points.text(rules.getCompletionHalfFrom()));
        model.addAttribute("taskResultCriterion", rules.getTaskResultCriterion());
        return page(model, y, UNIT);
    }

    @GetMapping("/scorecards/{year}/{unit}/entries")
    public String entries(@PathVariable String year, @PathVariable String unit,
            @RequestParam(required = false) String item, Model model) {
        int y = ScorecardService.requireYear(year);
        Unit u = requireUnit(unit);
        if (item == null || item.isBlank()) {
            throw ApiException.badRequest("missing_item", "scorecard.itemMissing");
        }
        String key = item.strip();
        if (!scorecards.isItem(unit, y, key)) {
            throw ApiException.notFound("scorecard.itemNotFound", key);
        }
        model.addAttribute("unit", u);
        model.addAttribute("item", key);
        model.addAttribute("criteria", scorecards.criteriaOf(key));
        model.addAttribute("lines", scorecards.drillDown(unit, y, key));
        model.addAttribute("ministry", currentUser.current().seesAllUnits());
        return page(model, y, ENTRIES);
    }

    /** A refusal of these pages: the error page with the reason in the user's language. */
    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, Model model, HttpServletResponse response) {
        return error(model, response, e.status(), text(e.messageKey(), e.args()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletResponse response) {
        return error(model, response, HttpStatus.FORBIDDEN, text("scorecard.forbidden"));
    }

    private String error(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("error", message);
        return "error";
    }

    private String page(Model model, int year, String view) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(scorecards.years());
        years.add(ExecutionService.today().getYear());
        years.add(year);
        model.addAttribute("year", year);
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("years", List.copyOf(years));
        return view;
    }

    private Unit requireUnit(String code) {
        Unit u = units.findByCode(code).orElseThrow(() -> ApiException.notFound("scorecard.unitNotFound", code));
        currentUser.requireUnitAccess(code);
        return u;
    }

    private Map<String, String> names() {
        return units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName, (a, b) -> a));
    }

    /** Why an excellent score was rated good, or null. */
    private String fallBackReason(ClassifiedUnit u, ClassificationOutcome outcome) {
        return u.fallBack() == null ? null : text(u.fallBack().messageKey(), outcome.fallBackArguments(u));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
