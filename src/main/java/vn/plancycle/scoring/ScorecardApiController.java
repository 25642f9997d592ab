package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.organization.UnitRepository;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * {@code GET /api/scorecards/{year}} (every unit for the ministry's groups, one's own unit for the others) and
 * {@code GET /api/scorecards/{year}/{unit}}: the scorecards computed from the score entries, each with the
 * class its score earns and the class it gets once the cap on excellent units is applied across the year.
 */
@RestController
public class ScorecardApiController {

    private final ScorecardService scorecards;
    private final CurrentUserService currentUser;
    private final UnitRepository units;

    public ScorecardApiController(ScorecardService scorecards, CurrentUserService currentUser, UnitRepository units) {
        this.scorecards = scorecards;
        this.currentUser = currentUser;
        this.units = units;
    }

    /** A scorecard and its classes: {@code scoreClassification} by the bounds, {@code classification} after the cap. */
    public record ScorecardJson(String unit, int year, BigDecimal total, BigDecimal maxTotal,
            Classification scoreClassification, Classification classification, ClassifiedUnit.FallBack fallBack,
            BigDecimal generalPoints, BigDecimal generalWeight, List<ScoreItem> general, List<ScoreItem> others,
            TaskResults tasks, ScoreItem adjustment, BigDecimal completionPercent) {

        static ScorecardJson of(Scorecard c, ClassificationOutcome outcome) {
            ClassifiedUnit classified = outcome.unit(c.unitCode()).orElseThrow();
            return new ScorecardJson(c.unitCode(), c.year(), c.total(), c.maxTotal(), c.classification(),
                    classified.result(), classified.fallBack(), c.generalPoints(), c.generalWeight(), c.general(),
                    c.others(), c.tasks(), c.adjustment(), c.completionPercent());
        }
    }

    @GetMapping("/api/scorecards/{year}")
    public List<ScorecardJson> year(@PathVariable int year) {
        requireYear(year);
        CurrentUser user = currentUser.current();
        List<Scorecard> cards = scorecards.year(year);
        ClassificationOutcome outcome = scorecards.classify(cards);
        return cards.stream().filter(c -> user.canSeeUnit(c.unitCode())).map(c -> ScorecardJson.of(c, outcome)).toList();
    }

    @GetMapping("/api/scorecards/{year}/{unit}")
    public ScorecardJson unit(@PathVariable int year, @PathVariable String unit) {
        requireYear(year);
        if (units.findByCode(unit).isEmpty()) {
            throw ApiException.notFound("scorecard.unitNotFound", unit);
        }
        currentUser.requireUnitAccess(unit);
        ScorecardService.ClassifiedCard found = scorecards.classified(unit, year);
        return ScorecardJson.of(found.card(), found.outcome());
    }

    private static void requireYear(int year) {
        ScorecardService.requireYear(String.valueOf(year));
    }
}
