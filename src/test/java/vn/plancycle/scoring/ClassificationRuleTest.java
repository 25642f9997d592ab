package vn.plancycle.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The classification of DOMAIN §4 (excellent ≥ 90, good 70–&lt;90, completed 50–&lt;70, not completed &lt; 50) and
 * its cap: at most ⌊N × 20 %⌋ of the N units rated good or better may be excellent; equal scores at the edge
 * of the cap all fall back (the tie rule of {@link ClassificationRule}).
 */
class ClassificationRuleTest {

    private final ScoringSettings settings = new ScoringSettings();
    private final ClassificationRule rule = new ClassificationRule(settings);

    /** unit → score, in the order given: "a", "90", "b", "89.99", ... */
    private static Map<String, BigDecimal> scores(String... unitAndScore) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < unitAndScore.length; i += 2) {
            scores.put(unitAndScore[i], new BigDecimal(unitAndScore[i + 1]));
        }
        return scores;
    }

    private static ClassifiedUnit unit(ClassificationOutcome outcome, String code) {
        return outcome.unit(code).orElseThrow();
    }

    @Test
    void shouldClassifyByTheBoundsAtTheirEdges() {
        // 90 excellent, 89.99 good, 70 good, 69.99 completed, 50 completed, 49.99 not completed; 100 and 0 too
        ScoringSettings.Classes bounds = settings.getClassification();
        assertThat(Classification.of(new BigDecimal("100"), bounds)).isEqualTo(Classification.EXCELLENT);
        assertThat(Classification.of(new BigDecimal("90"), bounds)).isEqualTo(Classification.EXCELLENT);
        assertThat(Classification.of(new BigDecimal("89.99"), bounds)).isEqualTo(Classification.GOOD);
        assertThat(Classification.of(new BigDecimal("70"), bounds)).isEqualTo(Classification.GOOD);
        assertThat(Classification.of(new BigDecimal("69.99"), bounds)).isEqualTo(Classification.COMPLETED);
        assertThat(Classification.of(new BigDecimal("50"), bounds)).isEqualTo(Classification.COMPLETED);
        assertThat(Classification.of(new BigDecimal("49.99"), bounds)).isEqualTo(Classification.NOT_COMPLETED);
        assertThat(Classification.of(BigDecimal.ZERO, bounds)).isEqualTo(Classification.NOT_COMPLETED);

        // through the rule: 10 units, 7 good or better (90, 89.99, 70 and four of 80) → cap ⌊7 × 0.2⌋ = 1,
        // one excellent score: it stays excellent
        ClassificationOutcome outcome = rule.classify(scores("a", "90", "b", "89.99", "c", "70", "d", "69.99", "e", "50",
                "f", "49.99", "g", "80", "h", "80", "i", "80", "j", "80"));
        assertThat(outcome.goodOrBetter()).isEqualTo(7);
        assertThat(outcome.excellentCap()).isEqualTo(1);
        assertThat(outcome.excellentScores()).isEqualTo(1);
        assertThat(unit(outcome, "a").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "b").result()).isEqualTo(Classification.GOOD);
        assertThat(unit(outcome, "c").result()).isEqualTo(Classification.GOOD);
        assertThat(unit(outcome, "d").result()).isEqualTo(Classification.COMPLETED);
        assertThat(unit(outcome, "e").result()).isEqualTo(Classification.COMPLETED);
        assertThat(unit(outcome, "f").result()).isEqualTo(Classification.NOT_COMPLETED);
        assertThat(outcome.fallBacks()).isEmpty();
        assertThat(outcome.cutScore()).isNull();
        // sorted by score, highest first
        assertThat(outcome.units().get(0).unitCode()).isEqualTo("a");
        assertThat(outcome.units().get(9).unitCode()).isEqualTo("f");
    }

    @Test
    void shouldRoundScoresToTwoDecimalsBeforeClassifying() {
        // 89.995 shows as 90.00: excellent; 69.994 shows as 69.99: completed
        ClassificationOutcome outcome = rule.classify(scores("a", "89.995", "b", "69.994", "c", "80", "d", "80", "e", "80"));
        assertThat(unit(outcome, "a").score()).isEqualByComparingTo("90.00");
        assertThat(unit(outcome, "a").base()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "b").base()).isEqualTo(Classification.COMPLETED);
    }

    @Test
    void shouldAllowNoExcellentUnitAmongFourGoodOrBetter() {
        // N = 4: ⌊4 × 0.2⌋ = ⌊0.8⌋ = 0; the excellent score falls back to good, over the cap
        ClassificationOutcome outcome = rule.classify(scores("a", "95", "b", "85", "c", "80", "d", "75", "e", "60"));
        assertThat(outcome.goodOrBetter()).isEqualTo(4);
        assertThat(outcome.excellentCap()).isZero();
        ClassifiedUnit a = unit(outcome, "a");
        assertThat(a.base()).isEqualTo(Classification.EXCELLENT);
        assertThat(a.result()).isEqualTo(Classification.GOOD);
        assertThat(a.fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(a.rank()).isEqualTo(1);
        assertThat(outcome.cutScore()).as("no unit stayed excellent").isNull();
        assertThat(unit(outcome, "e").result()).isEqualTo(Classification.COMPLETED);
    }

    @Test
    void shouldAllowOneExcellentUnitAmongFive() {
        // N = 5: ⌊5 × 0.2⌋ = 1; one excellent score stays excellent
        ClassificationOutcome outcome = rule.classify(scores("a", "91", "b", "85", "c", "80", "d", "75", "e", "70"));
        assertThat(outcome.goodOrBetter()).isEqualTo(5);
        assertThat(outcome.excellentCap()).isEqualTo(1);
        assertThat(unit(outcome, "a").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "a").fallBack()).isNull();
        assertThat(outcome.fallBacks()).isEmpty();
    }

    @Test
    void shouldLetTheHighestFillTheCapAndRateTheOthersGood() {
        // N = 10: ⌊10 × 0.2⌋ = 2; four excellent scores 99, 95, 93, 90: 99 and 95 stay, 93 and 90 fall back
        ClassificationOutcome outcome = rule.classify(scores("a", "93", "b", "99", "c", "90", "d", "95", "e", "80",
                "f", "80", "g", "75", "h", "72", "i", "71", "j", "70", "k", "40"));
        assertThat(outcome.goodOrBetter()).isEqualTo(10);
        assertThat(outcome.excellentCap()).isEqualTo(2);
        assertThat(outcome.excellentScores()).isEqualTo(4);
        assertThat(unit(outcome, "b").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "b").rank()).isEqualTo(1);
        assertThat(unit(outcome, "d").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "d").rank()).isEqualTo(2);
        assertThat(unit(outcome, "a").result()).isEqualTo(Classification.GOOD);
        assertThat(unit(outcome, "a").fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(unit(outcome, "a").rank()).isEqualTo(3);
        assertThat(unit(outcome, "c").fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(unit(outcome, "c").rank()).isEqualTo(4);
        assertThat(outcome.cutScore()).isEqualByComparingTo("95");
        // the fall-backs stay good or better: N unchanged, the cap unchanged
        long goodOrBetterAfter = outcome.units().stream().filter(u -> u.result().isGoodOrBetter()).count();
        assertThat(goodOrBetterAfter).isEqualTo(10);
        assertThat(outcome.units().stream().filter(u -> u.result() == Classification.EXCELLENT)).hasSize(2);
    }

    @Test
    void shouldLetEqualScoresAtTheEdgeOfTheCapAllFallBack() {
        // N = 10, cap 2; scores 98, 92, 92: the second place (92) ties with the first over the cap (92): both
        // fall back, the one inside the cap TIED_AT_CAP, the one over it OVER_CAP; only 98 stays excellent
        ClassificationOutcome outcome = rule.classify(scores("a", "92", "b", "98", "c", "92", "d", "85", "e", "80",
                "f", "80", "g", "75", "h", "72", "i", "71", "j", "70"));
        assertThat(outcome.excellentCap()).isEqualTo(2);
        assertThat(unit(outcome, "b").result()).isEqualTo(Classification.EXCELLENT);
        ClassifiedUnit a = unit(outcome, "a");
        ClassifiedUnit c = unit(outcome, "c");
        assertThat(a.result()).isEqualTo(Classification.GOOD);
        assertThat(c.result()).isEqualTo(Classification.GOOD);
        // equal scores rank by unit code: a is second (inside the cap), c third (over it)
        assertThat(a.rank()).isEqualTo(2);
        assertThat(a.fallBack()).isEqualTo(ClassifiedUnit.FallBack.TIED_AT_CAP);
        assertThat(c.rank()).isEqualTo(3);
        assertThat(c.fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(outcome.cutScore()).isEqualByComparingTo("98");
        assertThat(outcome.units().stream().filter(u -> u.result().isGoodOrBetter())).hasSize(10);

        // a tie below the edge changes nothing: 98, 96, 91, 91 with cap 2 → 98 and 96 stay
        ClassificationOutcome below = rule.classify(scores("a", "98", "b", "96", "c", "91", "d", "91", "e", "80",
                "f", "80", "g", "75", "h", "72", "i", "71", "j", "70"));
        assertThat(unit(below, "a").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(below, "b").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(below, "c").fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(unit(below, "d").fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);

        // all tied at the top: 95 × 3 with cap 2 → none may be preferred: all three fall back
        ClassificationOutcome allTied = rule.classify(scores("a", "95", "b", "95", "c", "95", "d", "85", "e", "80",
                "f", "80", "g", "75", "h", "72", "i", "71", "j", "70"));
        assertThat(allTied.units().stream().filter(u -> u.result() == Classification.EXCELLENT)).isEmpty();
        assertThat(unit(allTied, "a").fallBack()).isEqualTo(ClassifiedUnit.FallBack.TIED_AT_CAP);
        assertThat(unit(allTied, "b").fallBack()).isEqualTo(ClassifiedUnit.FallBack.TIED_AT_CAP);
        assertThat(unit(allTied, "c").fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);
        assertThat(allTied.cutScore()).isNull();
    }

    @Test
    void shouldUseTheConfiguredShare() {
        // share 50 %: N = 4 → ⌊4 × 0.5⌋ = 2; three excellent scores, the lowest falls back
        settings.getClassification().setExcellentCapShare(new BigDecimal("0.5"));
        ClassificationOutcome outcome = rule.classify(scores("a", "99", "b", "97", "c", "90", "d", "80"));
        assertThat(outcome.excellentCap()).isEqualTo(2);
        assertThat(outcome.capShare()).isEqualByComparingTo("0.5");
        assertThat(unit(outcome, "a").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "b").result()).isEqualTo(Classification.EXCELLENT);
        assertThat(unit(outcome, "c").result()).isEqualTo(Classification.GOOD);
        assertThat(unit(outcome, "c").fallBack()).isEqualTo(ClassifiedUnit.FallBack.OVER_CAP);

        // and configured bounds: excellent from 95
        settings.getClassification().setExcellentFrom(new BigDecimal("95"));
        ClassificationOutcome higher = rule.classify(scores("a", "99", "b", "97", "c", "90", "d", "80"));
        assertThat(higher.excellentScores()).isEqualTo(2);
        assertThat(unit(higher, "c").base()).isEqualTo(Classification.GOOD);
        assertThat(higher.fallBacks()).isEmpty();
    }

    @Test
    void shouldClassifyNoUnitsAtAll() {
        ClassificationOutcome outcome = rule.classify(Map.of());
        assertThat(outcome.units()).isEmpty();
        assertThat(outcome.goodOrBetter()).isZero();
        assertThat(outcome.excellentCap()).isZero();
    }
}
