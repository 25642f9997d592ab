package vn.plancycle.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records score entries (once per process step), corrects them by adding an entry, and lists them.
 * Nothing here changes or removes an entry.
 */
@Service
public class ScoreService {

    private final ScoreEntryRepository entries;
    private final ScoreRules rules;

    public ScoreService(ScoreEntryRepository entries, ScoreRules rules) {
        this.entries = entries;
        this.rules = rules;
    }

    /**
     * Scores a process step from its inputs: the given points, or what the named rule decides.
     * Inputs that do not make sense are a modelling error: an exception with a clear message (an incident).
     */
    @Transactional
    public ScoreEntry recordStep(StepScoreRequest in) {
        String where = " (score step " + in.step().activityId() + ")";
        String unitCode = in.unitCode() == null ? null : in.unitCode().toString().strip();
        if (unitCode == null || unitCode.isEmpty()) {
            throw new IllegalArgumentException("process variable 'unitCode' missing" + where);
        }
        if (in.year() == null) {
            throw new IllegalArgumentException("process variable 'year' missing" + where);
        }
        int year = Integer.parseInt(in.year().toString().strip());
        boolean hasRule = in.rule() != null && !in.rule().isBlank();
        boolean hasPoints = in.points() != null && !in.points().toString().isBlank();
        if (hasRule == hasPoints) {
            throw new IllegalArgumentException("give either input 'points' or input 'rule'" + where);
        }
        String criterion = in.criterion() != null && !in.criterion().isBlank() ? in.criterion().strip()
                : hasRule ? in.rule().strip() : null;
        if (criterion == null) {
            throw new IllegalArgumentException("input 'criterion' missing" + where);
        }
        Subject subject = Subject.parse(in.subject());
        ScoreResult result = hasRule
                ? rules.get(in.rule().strip()).evaluate(new ScoreContext(unitCode, year, subject, in.variables(), now()))
                : new ScoreResult(number(in.points(), where), null, null);
        String reason = in.reason() != null && !in.reason().isBlank() ? in.reason().strip() : result.reason();
        return record(new NewScore(unitCode, year, criterion, result.points(), result.maxPoints(), subject, reason,
                in.recordedBy(), in.step().processInstanceId(), in.step().activityId(),
                in.step().activityInstanceId(), in.step().idempotencyKey()));
    }

    /** Adds the entry, or returns the one this step already recorded (same idempotency key). */
    @Transactional
    public ScoreEntry record(NewScore s) {
        return entries.findByIdempotencyKey(s.idempotencyKey()).orElseGet(() -> entries.append(new ScoreEntry(null,
                s.unitCode(), s.year(), s.criterion(), scale(s.points()), scale(s.maxPoints()), s.subject().type(),
                s.subject().id(), limit(s.reason(), 1000), s.recordedBy(), s.processInstanceId(), s.activityId(),
                s.activityInstanceId(), s.idempotencyKey(), now(), null)));
    }

    /** A new entry whose points replace the corrected entry's; the corrected entry stays as it was. */
    @Transactional
    public ScoreEntry correct(long entryId, BigDecimal newPoints, String reason, String who) {
        if (newPoints == null || reason == null || reason.isBlank() || who == null || who.isBlank()) {
            throw new IllegalArgumentException("a correction needs the new points, a reason and who makes it");
        }
        ScoreEntry old = entries.findById(entryId)
                .orElseThrow(() -> new IllegalArgumentException("no score entry " + entryId));
        return entries.append(new ScoreEntry(null, old.unitCode(), old.year(), old.criterion(), scale(newPoints),
                old.maxPoints(), old.subjectType(), old.subjectId(), limit(reason.strip(), 1000), who, null, null, null,
                "correction:" + entryId + ":" + UUID.randomUUID(), now(), entryId));
    }

    /** Every entry of the unit and year, corrections included, oldest first. */
    @Transactional(readOnly = true)
    public List<ScoreEntry> entries(String unitCode, int year) {
        return entries.findByUnitAndYear(unitCode, year);
    }

    /** The entries that count: the newest of each chain of corrections ({@link ScorecardCalculator#replaced}). */
    @Transactional(readOnly = true)
    public List<ScoreEntry> currentEntries(String unitCode, int year) {
        List<ScoreEntry> all = entries.findByUnitAndYear(unitCode, year);
        Set<Long> replaced = ScorecardCalculator.replaced(all);
        return all.stream().filter(e -> !replaced.contains(e.id())).toList();
    }

    private static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.systemDefault());
    }

    private static BigDecimal number(Object value, String where) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("input 'points' is not a number: '" + value + "'" + where, e);
        }
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
