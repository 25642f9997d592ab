package vn.plancycle.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public results page ("công khai", no login): the published classes and plan completion figures per unit
 * of a published round ({@code ?year=}, else the latest published), next to the published plans. Nothing of a
 * round not yet published appears here.
 */
@Controller
public class PublicResultsController {

    private final EvaluationService evaluations;

    public PublicResultsController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/public/results")
    public String results(@RequestParam(required = false) String year, Model model) {
        List<EvaluationRound> published = evaluations.publishedRounds();
        EvaluationRound round = published.stream().filter(r -> String.valueOf(r.getYear()).equals(year)).findFirst()
                .orElse(year == null || year.isBlank() ? published.stream().findFirst().orElse(null) : null);
        Map<String, String> names = evaluations.unitNames();
        model.addAttribute("years", published.stream().map(EvaluationRound::getYear).toList());
        model.addAttribute("round", round);
        model.addAttribute("asked", year);
        model.addAttribute("rows", round == null ? List.of() : evaluations.ofRound(round.getId()).stream()
                .filter(e -> e.getStatus() == EvaluationStatus.PUBLISHED)
                .map(e -> new EvaluationController.Row(e, names.get(e.getUnitCode()))).toList());
        return "evaluation/public-results";
    }
}
