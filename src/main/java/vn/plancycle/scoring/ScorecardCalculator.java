package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The scorecard rule of DOMAIN §4, in one place: from the sums of a unit's entries per criterion to its
 * scorecard. Every figure is rounded to 2 decimals, half up, once, where it is shown.
 * <ul>
 * <li>A general item of basis ENTRIES scores weight × (points ÷ maximum points) of its entries, kept between
 * 0 and the weight; no entries (or no maximum) yet: 0.</li>
 * <li>Plan completion (basis COMPLETION) is the share of the task points earned by accepted tasks (the
 * maximum points of the {@code task-result} entries ÷ task points): above 90 % the full weight, 70–90 %
 * half, below 70 % nothing.</li>
 * <li>A criterion that no item names (a process owner's own "ghi điểm" step) adds its points as they are.
 * The general part is kept between 0 and the general points.</li>
 * <li>Task results: quantity (maximum points of {@code task-result}) + timeliness (its points minus its
 * maximum: the delays) + quality (the {@code task-returned} deductions), kept between 0 and the task points.
 * A return costs its 25 % even when it takes that task below zero: rework counts against the unit.</li>
 * <li>Total: general + tasks + the appraisal's adjustments, kept between 0 and the maximum (100).</li>
 * </ul>
 */
@Component
public class ScorecardCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final ScoringSettings settings;

    public ScorecardCalculator(ScoringSettings settings) {
        this.settings = settings;
    }

    /** The band of the plan completion percent (rounded to 2 decimals): full weight, half of it, or nothing. */
    public enum CompletionBand {
        /** above {@code completion-full-above} (90 %) */
        FULL,
        /** from {@code completion-half-from} (70 %) up to and including the full bound */
        HALF,
        /** below {@code completion-half-from} */
        NONE
    }

    /**
     * The entries that do not count. A correction and the entry it corrects form a chain (a correction of a
     * correction, or a second correction of the same entry, joins the same chain); of each chain only the newest
     * entry counts: its points replace the others'. The running sums of {@code score_total} follow the same rule
     * ({@link ScoreEntryRepository#append}).
     */
    public static Set<Long> replaced(Collection<ScoreEntry> entries) {
        Map<Long, Long> rootOf = new HashMap<>();
        Map<Long, Long> newestOfRoot = new HashMap<>();
        Set<Long> replaced = new HashSet<>();
        entries.stream().sorted(java.util.Comparator.comparing(ScoreEntry::id)).forEach(e -> {
            Long root = e.correctsEntryId() == null ? e.id() : rootOf.getOrDefault(e.correctsEntryId(), e.correctsEntryId());
            rootOf.put(e.id(), root);
            Long before = newestOfRoot.put(root, e.id());
            if (before != null) {
                replaced.add(before);
            } else if (!root.equals(e.id())) {
                replaced.add(root); // the corrected entry is not in the list: it does not count either
            }
        });
        return replaced;
    }

    /** The entry that counts, among {@code entries}, for the chain of corrections that {@code entryId} is in. */
    static Long counting(Collection<ScoreEntry> entries, long entryId) {
        Set<Long> replaced = replaced(entries);
        Map<Long, Long> rootOf = new HashMap<>();
        entries.stream().sorted(java.util.Comparator.comparing(ScoreEntry::id)).forEach(e -> rootOf.put(e.id(),
                e.correctsEntryId() == null ? e.id() : rootOf.getOrDefault(e.correctsEntryId(), e.correctsEntryId())));
        Long root = rootOf.getOrDefault(entryId, entryId);
        return entries.stream().map(ScoreEntry::id).filter(id -> !replaced.contains(id) && root.equals(rootOf.get(id)))
                .findFirst().orElse(null);
    }

    /** Sums the entries that count: each entry once, except those {@link #replaced} by a correction. */
    public static Map<String, CriterionSum> sums(Collection<ScoreEntry> entries) {
        Set<Long> replaced = replaced(entries);
        Map<String, CriterionSum> sums = new LinkedHashMap<>();
        for (ScoreEntry e : entries) {
            if (!replaced.contains(e.id())) {
                sums.merge(e.criterion(), new CriterionSum(e.criterion(), e.points(),
                        e.maxPoints() == null ? BigDecimal.ZERO : e.maxPoints(), 1),
                        (a, b) -> a.plus(b.points(), b.maxPoints(), b.entries()));
            }
        }
        return sums;
    }

    /** The band a plan completion percent falls in (compared once rounded to 2 decimals, as it is shown). */
    public CompletionBand band(BigDecimal completionPercent) {
        ScoringSettings.Card card = settings.getScorecard();
        BigDecimal rounded = round(completionPercent);
        return rounded.compareTo(card.getCompletionFullAbove()) > 0 ? CompletionBand.FULL
                : rounded.compareTo(card.getCompletionHalfFrom()) >= 0 ? CompletionBand.HALF : CompletionBand.NONE;
    }

    public Scorecard compute(String unitCode, int year, Map<String, CriterionSum> sums) {
        ScoringSettings.Card card = settings.getScorecard();
        BigDecimal taskWeight = settings.getTaskPoints();
        Set<String> used = new HashSet<>();

        CriterionSum result = sum(sums, card.getTaskResultCriterion());
        used.add(card.getTaskResultCriterion());
        BigDecimal quantity = result.maxPoints();
        BigDecimal timeliness = result.points().subtract(result.maxPoints());
        BigDecimal quality = BigDecimal.ZERO;
        int taskEntries = result.entries();
        for (String criterion : card.getTaskDeductionCriteria()) {
            CriterionSum s = sum(sums, criterion);
            quality = quality.add(s.points());
            taskEntries += s.entries();
            used.add(criterion);
        }
        BigDecimal taskPoints = clamp(quantity.add(timeliness).add(quality), taskWeight);
        List<String> taskCriteria = new ArrayList<>();
        taskCriteria.add(card.getTaskResultCriterion());
        taskCriteria.addAll(card.getTaskDeductionCriteria());
        TaskResults tasks = new TaskResults(taskWeight, round(quantity), round(timeliness), round(quality),
                round(taskPoints), result.entries(), taskEntries, List.copyOf(taskCriteria));
        BigDecimal completion = taskWeight.signum() == 0 ? BigDecimal.ZERO
                : quantity.multiply(HUNDRED).divide(taskWeight, 10, RoundingMode.HALF_UP);

        List<ScoreItem> general = new ArrayList<>();
        BigDecimal generalSum = BigDecimal.ZERO;
        for (ScoringSettings.Item item : card.getGeneral()) {
            ScoreItem line = item.getBasis() == ScoringSettings.Basis.COMPLETION
                    ? completionItem(item, completion, result)
                    : entriesItem(item, sums);
            used.addAll(item.getCriteria());
            general.add(line);
            generalSum = generalSum.add(line.points());
        }
        used.add(card.getAdjustmentCriterion());
        List<ScoreItem> others = new ArrayList<>();
        for (CriterionSum s : sums.values()) {
            if (!used.contains(s.criterion())) {
                others.add(new ScoreItem(s.criterion(), ScoringSettings.Basis.ENTRIES, null, round(s.points()),
                        round(s.points()), round(s.maxPoints()), s.entries(), List.of(s.criterion())));
                generalSum = generalSum.add(s.points());
            }
        }
        BigDecimal generalPoints = clamp(generalSum, settings.getGeneralPoints());

        CriterionSum adj = sum(sums, card.getAdjustmentCriterion());
        ScoreItem adjustment = new ScoreItem(card.getAdjustmentCriterion(), ScoringSettings.Basis.ENTRIES, null,
                round(adj.points()), round(adj.points()), round(adj.maxPoints()), adj.entries(),
                List.of(card.getAdjustmentCriterion()));
        BigDecimal total = round(clamp(generalPoints.add(taskPoints).add(adj.points()), settings.maxTotal()));
        return new Scorecard(unitCode, year, List.copyOf(general), List.copyOf(others), settings.getGeneralPoints(),
                round(generalPoints), tasks, adjustment, total, settings.maxTotal(), round(completion),
                Classification.of(total, settings.getClassification()));
    }

    private ScoreItem entriesItem(ScoringSettings.Item item, Map<String, CriterionSum> sums) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        int entries = 0;
        for (String criterion : item.getCriteria()) {
            CriterionSum s = sum(sums, criterion);
            earned = earned.add(s.points());
            possible = possible.add(s.maxPoints());
            entries += s.entries();
        }
        BigDecimal points = possible.signum() <= 0 ? BigDecimal.ZERO
                : clamp(item.getWeight().multiply(earned).divide(possible, 10, RoundingMode.HALF_UP), item.getWeight());
        return new ScoreItem(item.getKey(), item.getBasis(), item.getWeight(), round(points), round(earned),
                round(possible), entries, List.copyOf(item.getCriteria()));
    }

    private ScoreItem completionItem(ScoringSettings.Item item, BigDecimal completion, CriterionSum result) {
        ScoringSettings.Card card = settings.getScorecard();
        BigDecimal rounded = round(completion);
        BigDecimal points = switch (band(completion)) {
            case FULL -> item.getWeight();
            case HALF -> item.getWeight().divide(TWO, 10, RoundingMode.HALF_UP);
            case NONE -> BigDecimal.ZERO;
        };
        return new ScoreItem(item.getKey(), item.getBasis(), item.getWeight(), round(points), rounded, HUNDRED,
                result.entries(), List.of(card.getTaskResultCriterion()));
    }

    private static CriterionSum sum(Map<String, CriterionSum> sums, String criterion) {
        CriterionSum s = sums.get(criterion);
        return s != null ? s : new CriterionSum(criterion, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal max) {
        return value.max(BigDecimal.ZERO).min(max);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
