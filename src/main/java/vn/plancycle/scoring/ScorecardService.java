package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.organization.Unit;
import vn.plancycle.organization.UnitRepository;

/**
 * Scorecards (DOMAIN §4) from the score entries alone: one unit's from its running sums, every unit's of a
 * year at once, a frozen one from the entries recorded up to a given entry, the classes of a year with the cap,
 * and the entries behind each figure (the drill-down).
 */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final ScoreTotalRepository totals;
    private final ScoreEntryRepository entries;
    private final ScorecardCalculator calculator;
    private final ClassificationRule classification;
    private final ScoringSettings settings;
    private final UnitRepository units;

    public ScorecardService(ScoreTotalRepository totals, ScoreEntryRepository entries, ScorecardCalculator calculator,
            ClassificationRule classification, ScoringSettings settings, UnitRepository units) {
        this.totals = totals;
        this.entries = entries;
        this.calculator = calculator;
        this.classification = classification;
        this.settings = settings;
        this.units = units;
    }

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The year of a scorecard request, or a 400 refusal ({@code scorecard.invalidYear}). */
    static int requireYear(String text) {
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= FIRST_YEAR && y <= LAST_YEAR) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw vn.plancycle.web.ApiException.badRequest("invalid_year", "scorecard.invalidYear",
                text.length() > 20 ? text.substring(0, 20) : text);
    }

    /** The unit's scorecard of the year as it stands now. */
    public Scorecard unit(String unitCode, int year) {
        return calculator.compute(unitCode, year, totals.forUnit(unitCode, year));
    }

    /**
     * The scorecard of every active unit, and of every other unit with entries in the year, by unit code.
     * One query, whatever the number of entries.
     */
    public List<Scorecard> year(int year) {
        Map<String, Map<String, CriterionSum>> sums = totals.forYear(year);
        Set<String> codes = new TreeSet<>(sums.keySet());
        units.findByActiveTrueOrderByCodeAsc().stream().map(Unit::getCode).forEach(codes::add);
        List<Scorecard> cards = new ArrayList<>(codes.size());
        for (String code : codes) {
            cards.add(calculator.compute(code, year, sums.getOrDefault(code, Map.of())));
        }
        return cards;
    }

    /** A unit's scorecard with its class after the cap, and the classification of the year it comes from. */
    public record ClassifiedCard(Scorecard card, ClassifiedUnit classified, ClassificationOutcome outcome) {
    }

    /**
     * The unit's scorecard and its class once the cap is applied across the year's units ({@link #year}); a unit
     * outside them (inactive, without entries) is classified alone.
     */
    public ClassifiedCard classified(String unitCode, int year) {
        List<Scorecard> cards = year(year);
        ClassificationOutcome outcome = classify(cards);
        Scorecard card = cards.stream().filter(c -> c.unitCode().equals(unitCode)).findFirst()
                .orElseGet(() -> unit(unitCode, year));
        if (outcome.unit(unitCode).isEmpty()) {
            outcome = classify(List.of(card));
        }
        return new ClassifiedCard(card, outcome.unit(unitCode).orElseThrow(), outcome);
    }

    /** The classes of the year's scorecards ({@link #year}), the cap applied across them. */
    public ClassificationOutcome classify(List<Scorecard> cards) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        cards.forEach(c -> scores.put(c.unitCode(), c.total()));
        return classification.classify(scores);
    }

    /**
     * The scorecard frozen at an evaluation: the entries recorded up to entry {@code upToEntryId} (corrections
     * among them applied), plus the appraisal's adjustments whenever they were recorded.
     */
    public Scorecard frozen(String unitCode, int year, long upToEntryId) {
        String adjustment = settings.getScorecard().getAdjustmentCriterion();
        List<ScoreEntry> kept = entries.findByUnitAndYear(unitCode, year).stream()
                .filter(e -> e.id() <= upToEntryId || adjustment.equals(e.criterion())).toList();
        return calculator.compute(unitCode, year, ScorecardCalculator.sums(kept));
    }

    /** The scorecard computed from the entries themselves (the same figures as {@link #unit}). */
    public Scorecard fromEntries(String unitCode, int year) {
        return calculator.compute(unitCode, year, ScorecardCalculator.sums(entries.findByUnitAndYear(unitCode, year)));
    }

    /** The newest entry id so far: what an evaluation freezes its scorecard at. */
    public long lastEntryId() {
        return entries.lastId();
    }

    /**
     * The entries behind one figure of the unit's scorecard, oldest first, corrections applied: {@code item} is a
     * general item's key, a criterion, {@code tasks} (all task criteria) or the adjustment criterion. Entries
     * after {@code upToEntryId} are left out when it is given (a frozen scorecard), adjustments excepted.
     */
    public List<ScoreEntry> entriesOf(String unitCode, int year, String item, Long upToEntryId) {
        return drillDown(unitCode, year, item, upToEntryId).stream().filter(EntryLine::counts).map(EntryLine::entry)
                .toList();
    }

    /**
     * One entry of a drill-down: the entry and, when a later correction replaced its points, that correction's
     * id: the entry of its chain of corrections that counts ({@code replacedBy}; this entry then does not).
     */
    public record EntryLine(ScoreEntry entry, Long replacedBy) {

        public boolean counts() {
            return replacedBy == null;
        }

        public boolean isCorrection() {
            return entry.correctsEntryId() != null;
        }
    }

    /**
     * Every entry behind one figure of the unit's scorecard as it stands now, oldest first: those that count and
     * those a correction replaced (marked so), see {@link #entriesOf} for {@code item}.
     */
    public List<EntryLine> drillDown(String unitCode, int year, String item) {
        return drillDown(unitCode, year, item, null);
    }

    /** {@link #drillDown}, of the scorecard frozen at entry {@code upToEntryId} when it is given (see {@link #frozen}). */
    public List<EntryLine> drillDown(String unitCode, int year, String item, Long upToEntryId) {
        Set<String> criteria = criteriaOf(item);
        String adjustment = settings.getScorecard().getAdjustmentCriterion();
        List<ScoreEntry> all = entries.findByUnitAndYear(unitCode, year).stream()
                .filter(e -> upToEntryId == null || e.id() <= upToEntryId || adjustment.equals(e.criterion()))
                .filter(e -> criteria.contains(e.criterion())).toList();
        Set<Long> replaced = ScorecardCalculator.replaced(all);
        return all.stream().map(e -> new EntryLine(e,
                replaced.contains(e.id()) ? ScorecardCalculator.counting(all, e.id()) : null)).toList();
    }

    /**
     * True when {@code item} names a figure of the unit's scorecard: a general item, {@code tasks}, a configured
     * criterion, the adjustment, or a criterion the unit has entries of in the year.
     */
    public boolean isItem(String unitCode, int year, String item) {
        if (item == null || item.isBlank()) {
            return false;
        }
        ScoringSettings.Card card = settings.getScorecard();
        if ("tasks".equals(item) || item.equals(card.getAdjustmentCriterion())
                || item.equals(card.getTaskResultCriterion()) || card.getTaskDeductionCriteria().contains(item)) {
            return true;
        }
        for (ScoringSettings.Item i : card.getGeneral()) {
            if (i.getKey().equals(item) || i.getCriteria().contains(item)) {
                return true;
            }
        }
        return totals.forUnit(unitCode, year).containsKey(item);
    }

    /** The years that have score entries, newest first. */
    public List<Integer> years() {
        return totals.years();
    }

    /** The criteria an item is made of: see {@link #entriesOf}. */
    public Set<String> criteriaOf(String item) {
        ScoringSettings.Card card = settings.getScorecard();
        Set<String> criteria = new TreeSet<>();
        if ("tasks".equals(item)) {
            criteria.add(card.getTaskResultCriterion());
            criteria.addAll(card.getTaskDeductionCriteria());
            return criteria;
        }
        for (ScoringSettings.Item i : card.getGeneral()) {
            if (i.getKey().equals(item)) {
                criteria.addAll(i.getBasis() == ScoringSettings.Basis.COMPLETION
                        ? List.of(card.getTaskResultCriterion())
                        : i.getCriteria());
                return criteria;
            }
        }
        criteria.add(item);
        return criteria;
    }
}
