package vn.plancycle.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.web.Typed;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.scoring.Classification;
import vn.plancycle.scoring.ClassificationOutcome;
import vn.plancycle.scoring.ClassifiedUnit;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * The evaluation pages: {@code /evaluations} (a head: the unit's evaluations; the ministry: a year's round with
 * every unit, and the reviewers' "open the round" button), {@code /evaluations/{id}} (the frozen scorecard, the
 * head's self-assessment form or the reviewers' appraisal form when it is their step) and
 * {@code /evaluations/rounds/{year}} (the classification with who falls back and why; the leaders' decision).
 * Refusals re-render the page with the reason and a 4xx status, and change nothing.
 */
@Controller
public class EvaluationController {

    static final String LIST = "evaluation/list";
    static final String DETAIL = "evaluation/detail";
    static final String ROUND = "evaluation/round";

    private final EvaluationService evaluations;
    private final EvaluationWorkflow workflow;
    private final CurrentUserService currentUser;
    private final PlanTexts texts;

    public EvaluationController(EvaluationService evaluations, EvaluationWorkflow workflow,
            CurrentUserService currentUser, PlanTexts texts) {
        this.evaluations = evaluations;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    /** One row of the round's table. */
    public record Row(Evaluation e, String unitName) {
    }

    /** One unit's class on the round page, with why it fell back (null when it did not). */
    public record ClassRow(ClassifiedUnit unit, String unitName, String fallBackText) {
    }

    @GetMapping("/evaluations")
    public String list(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = currentUser.current();
        Map<String, String> names = evaluations.unitNames();
        model.addAttribute("unitNames", names);
        if (user.seesAllUnits()) {
            List<EvaluationRound> rounds = evaluations.rounds();
            int y = year != null ? year
                    : rounds.isEmpty() ? EvaluationService.now().getYear() : rounds.get(0).getYear();
            EvaluationRound round = rounds.stream().filter(r -> r.getYear() == y).findFirst().orElse(null);
            model.addAttribute("year", y);
            model.addAttribute("rounds", rounds);
            model.addAttribute("round", round);
            model.addAttribute("rows", round == null ? List.of()
                    : evaluations.ofRound(round.getId()).stream().map(e -> new Row(e, names.get(e.getUnitCode()))).toList());
            model.addAttribute("canOpen", user.isReviewer());
            model.addAttribute("openYear", EvaluationService.now().getYear());
            return LIST;
        }
        String unit = user.unitCode();
        if (unit == null) {
            throw new AccessDeniedException("no unit: " + user.username());
        }
        model.addAttribute("unitName", names.get(unit));
        model.addAttribute("unitEvaluations", evaluations.ofUnit(unit));
        return LIST;
    }

    @PostMapping("/evaluations/rounds")
    public String open(@RequestParam(required = false) String year, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        CurrentUser user = currentUser.current();
        if (!user.isReviewer()) {
            throw new AccessDeniedException("opening an evaluation round");
        }
        try {
            EvaluationService.OpenResult result = evaluations.open(year, user.username());
            redirect.addFlashAttribute("message", texts.text(result.created() ? "evaluation.flash.opened"
                    : "evaluation.flash.alreadyOpen", String.valueOf(result.round().getYear())));
            return "redirect:/evaluations?year=" + result.round().getYear();
        } catch (ApiException e) {
            String page = list(null, model);
            response.setStatus(e.status().value());
            model.addAttribute("error", texts.text(e.messageKey(), e.args()));
            return page;
        }
    }

    @GetMapping("/evaluations/{id}")
    public String detail(@PathVariable long id, Model model) {
        CurrentUser user = currentUser.current();
        Evaluation e = evaluations.evaluation(id);
        if (!user.canSeeUnit(e.getUnitCode())) {
            throw new AccessDeniedException("evaluation " + id);
        }
        EvaluationRound round = evaluations.requireRound(e.getYear());
        model.addAttribute("e", e);
        model.addAttribute("round", round);
        model.addAttribute("unitName", evaluations.unitNames().get(e.getUnitCode()));
        model.addAttribute("card", evaluations.scorecard(e));
        model.addAttribute("classes", Classification.values());
        model.addAttribute("canSelfAssess", workflow.maySelfAssess(user, e));
        model.addAttribute("canAppraise", workflow.mayAppraise(user, e));
        model.addAttribute("canRevise", workflow.mayRevise(user, e, round));
        model.addAttribute("maxExplanation", EvaluationRules.MAX_EXPLANATION);
        model.addAttribute("maxEvidence", EvaluationRules.MAX_EVIDENCE);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return DETAIL;
    }

    @PostMapping("/evaluations/{id}/self-assessment")
    public String selfAssess(@PathVariable long id, @RequestParam(required = false) String proposedClass,
            @RequestParam(required = false) String explanation, @RequestParam(required = false) String evidence,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            workflow.selfAssess(id, currentUser.current(), proposedClass, explanation, evidence);
            redirect.addFlashAttribute("message", texts.text("evaluation.flash.selfAssessed"));
            return "redirect:/evaluations/" + id;
        } catch (ApiException e) {
            model.addAttribute("typed", Typed.of("proposedClass", proposedClass, "explanation", explanation,
                    "evidence", evidence));
            return refused(id, e, model, response);
        }
    }

    @PostMapping("/evaluations/{id}/appraisal")
    public String appraise(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String adjustment,
            @RequestParam(required = false) String adjustmentReason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.appraise(id, currentUser.current(), decision, comment, adjustment, adjustmentReason);
            redirect.addFlashAttribute("message", texts.text("evaluation.flash.appraised"));
            return "redirect:/evaluations/" + id;
        } catch (ApiException e) {
            model.addAttribute("typed", Typed.of("decision", decision, "comment", comment, "adjustment", adjustment,
                    "adjustmentReason", adjustmentReason));
            return refused(id, e, model, response);
        }
    }

    @PostMapping("/evaluations/{id}/revision")
    public String revise(@PathVariable long id, @RequestParam(required = false) String adjustment,
            @RequestParam(required = false) String adjustmentReason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.revise(id, currentUser.current(), adjustment, adjustmentReason);
            redirect.addFlashAttribute("message", texts.text("evaluation.flash.revised"));
            return "redirect:/evaluations/" + id;
        } catch (ApiException e) {
            model.addAttribute("typed", Typed.of("adjustment", adjustment, "adjustmentReason", adjustmentReason));
            return refused(id, e, model, response);
        }
    }

    @GetMapping("/evaluations/rounds/{year}")
    public String round(@PathVariable int year, Model model) {
        CurrentUser user = currentUser.current();
        if (!user.seesAllUnits()) {
            throw new AccessDeniedException("evaluation round " + year);
        }
        EvaluationRound round = evaluations.requireRound(year);
        Map<String, String> names = evaluations.unitNames();
        List<Evaluation> all = evaluations.ofRound(round.getId());
        ClassificationOutcome outcome = evaluations.classification(all);
        List<ClassRow> rows = new ArrayList<>();
        for (ClassifiedUnit u : outcome.units()) {
            String why = u.fallBack() == null ? null
                    : texts.text(u.fallBack().messageKey(), outcome.fallBackArguments(u));
            rows.add(new ClassRow(u, names.get(u.unitCode()), why));
        }
        model.addAttribute("round", round);
        model.addAttribute("outcome", outcome);
        model.addAttribute("rows", rows);
        model.addAttribute("pending", all.stream().filter(e -> e.getAppraisedScore() == null)
                .map(e -> new Row(e, names.get(e.getUnitCode()))).toList());
        model.addAttribute("evaluationIds", all.stream().collect(java.util.stream.Collectors.toMap(
                Evaluation::getUnitCode, Evaluation::getId)));
        model.addAttribute("canConfirm", workflow.mayConfirm(user, round));
        model.addAttribute("canFinishRevision", workflow.mayFinishRevision(user, round));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return ROUND;
    }

    @PostMapping("/evaluations/rounds/{year}/decision")
    public String confirm(@PathVariable int year, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.confirm(year, currentUser.current(), decision, comment);
            redirect.addFlashAttribute("message", texts.text("approved".equals(decision)
                    ? "evaluation.flash.confirmed" : "evaluation.flash.returned"));
            return "redirect:/evaluations/rounds/" + year;
        } catch (ApiException e) {
            model.addAttribute("typed", Typed.of("decision", decision, "comment", comment));
            return refusedRound(year, e, model, response);
        }
    }

    @PostMapping("/evaluations/rounds/{year}/revision-done")
    public String revisionDone(@PathVariable int year, @RequestParam(required = false) String note, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            workflow.finishRevision(year, currentUser.current(), note);
            redirect.addFlashAttribute("message", texts.text("evaluation.flash.revisionDone"));
            return "redirect:/evaluations/rounds/" + year;
        } catch (ApiException e) {
            return refusedRound(year, e, model, response);
        }
    }

    /** An evaluation or round that does not exist is a "not found" page. */
    @ExceptionHandler(ApiException.class)
    String missing(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        return "error";
    }

    private String refused(long id, ApiException e, Model model, HttpServletResponse response) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        String page = detail(id, model);
        response.setStatus(e.status().value());
        model.addAttribute("error", texts.text(e.messageKey(), e.args()));
        return page;
    }

    private String refusedRound(int year, ApiException e, Model model, HttpServletResponse response) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        String page = round(year, model);
        response.setStatus(e.status().value());
        model.addAttribute("error", texts.text(e.messageKey(), e.args()));
        return page;
    }
}
