package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.organization.Unit;
import vn.plancycle.organization.UnitRepository;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.scoring.ClassificationOutcome;
import vn.plancycle.scoring.ClassificationRule;
import vn.plancycle.scoring.ClassifiedUnit;
import vn.plancycle.scoring.Scorecard;
import vn.plancycle.scoring.ScorecardService;
import vn.plancycle.web.WebConfig;

/**
 * The annual evaluation's data and its steps: opening a year's round (once), one evaluation row and one
 * {@code annual-evaluation} per active unit (each started once), freezing a unit's scorecard, the head's
 * self-assessment, the appraisal, and the publication of the classes computed by {@link ClassificationRule}
 * over the appraised scores. The process steps call these methods; the pages go through
 * {@link EvaluationWorkflow}.
 */
@Service
public class EvaluationService {

    public static final String SYSTEM = "system";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final EvaluationRoundRepository rounds;
    private final EvaluationRepository evaluations;
    private final UnitRepository units;
    private final ScorecardService scorecards;
    private final ClassificationRule classification;
    private final EvaluationSettings settings;
    private final RuntimeService runtimeService;
    private final MessageSource messages;

    public EvaluationService(EvaluationRoundRepository rounds, EvaluationRepository evaluations, UnitRepository units,
            ScorecardService scorecards, ClassificationRule classification, EvaluationSettings settings,
            RuntimeService runtimeService, MessageSource messages) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.units = units;
        this.scorecards = scorecards;
        this.classification = classification;
        this.settings = settings;
        this.runtimeService = runtimeService;
        this.messages = messages;
    }

    /** The round opened, or the one already open for the year ({@code created = false}). */
    public record OpenResult(EvaluationRound round, boolean created) {
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    // ------------------------------------------------------------------ the round

    /** A reviewer opens the year's round early (message start), or gets the one already open. */
    @Transactional
    public OpenResult open(Object year, String username) {
        int y = year(year);
        Optional<EvaluationRound> existing = rounds.findByYear(y);
        if (existing.isPresent()) {
            return new OpenResult(existing.get(), false);
        }
        EvaluationRound round = rounds.saveAndFlush(new EvaluationRound(y, username, now()));
        String pid = runtimeService.startProcessInstanceByMessage(EvaluationProcess.MESSAGE_REQUESTED,
                round.getBusinessKey(), roundVariables(round)).getId();
        round.startedAs(pid);
        return new OpenResult(round, true);
    }

    /** The timer's opening ({@code Task_OpenScheduledRound}): the current year's round, empty when already open. */
    @Transactional
    public Optional<EvaluationRound> openScheduled(int year, String processInstanceId) {
        if (rounds.findByYear(year).isPresent()) {
            return Optional.empty();
        }
        EvaluationRound round = new EvaluationRound(year, SYSTEM, now());
        round.startedAs(processInstanceId);
        return Optional.of(rounds.saveAndFlush(round));
    }

    public Map<String, Object> roundVariables(EvaluationRound round) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EvaluationProcess.VAR_ROUND_ID, round.getId());
        variables.put(EvaluationProcess.VAR_YEAR, round.getYear());
        variables.put(EvaluationProcess.VAR_LEADERS_REMINDER_AT, settings.leadersReminderAt(round.getYear()).toString());
        return variables;
    }

    /** Year given by a person: a whole number within range; refused otherwise. */
    static int year(Object year) {
        if (year == null || year.toString().isBlank()) {
            throw new EvaluationRefusedException("evaluation.api.yearRequired");
        }
        int y;
        try {
            y = year instanceof Number n ? n.intValue() : Integer.parseInt(year.toString().strip());
        } catch (NumberFormatException e) {
            throw new EvaluationRefusedException("evaluation.api.badYear", FIRST_YEAR, LAST_YEAR);
        }
        if (y < FIRST_YEAR || y > LAST_YEAR || (year instanceof Number n && n.doubleValue() != y)) {
            throw new EvaluationRefusedException("evaluation.api.badYear", FIRST_YEAR, LAST_YEAR);
        }
        return y;
    }

    /**
     * {@code Task_StartUnitEvaluations}: one row per active unit (rows already there kept) and one
     * {@code annual-evaluation} per row not yet started. Returns how many were started.
     */
    @Transactional
    public int startEvaluations(long roundId) {
        EvaluationRound round = rounds.findById(roundId).orElseThrow();
        Set<String> existing = new HashSet<>();
        evaluations.findByRoundIdOrderByUnitCodeAsc(roundId).forEach(e -> existing.add(e.getUnitCode()));
        for (Unit unit : units.findByActiveTrueOrderByCodeAsc()) {
            if (!existing.contains(unit.getCode())) {
                evaluations.save(new Evaluation(roundId, unit.getCode(), round.getYear()));
            }
        }
        evaluations.flush();
        int started = 0;
        for (Evaluation e : evaluations.findByRoundIdOrderByUnitCodeAsc(roundId)) {
            if (e.isStarted()) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(EvaluationProcess.VAR_UNIT, e.getUnitCode());
            variables.put(EvaluationProcess.VAR_YEAR, e.getYear());
            variables.put(EvaluationProcess.VAR_ROUND_ID, roundId);
            variables.put(EvaluationProcess.VAR_EVALUATION_ID, e.getId());
            LocalDateTime deadline = settings.selfAssessmentDeadlineAt(e.getYear());
            variables.put(EvaluationProcess.VAR_SELF_DEADLINE_AT, deadline.toString());
            variables.put(EvaluationProcess.VAR_SELF_REMINDER_AT, settings.selfAssessmentReminderAt(e.getYear()).toString());
            variables.put(EvaluationProcess.VAR_SELF_DEADLINE, PlanTexts.DATE.format(deadline));
            e.startedAs(runtimeService.startProcessInstanceByKey(EvaluationProcess.UNIT_KEY, e.getBusinessKey(),
                    variables).getId());
            started++;
        }
        return started;
    }

    /** Every evaluation of the round is appraised (true for a round without units). */
    @Transactional(readOnly = true)
    public boolean allAppraised(Object roundId) {
        long id = ((Number) roundId).longValue();
        return evaluations.findByRoundIdOrderByUnitCodeAsc(id).stream().allMatch(Evaluation::isAppraised);
    }

    /**
     * After an appraisal: when it was the round's last one, the waiting round moves on to the leaders. The round
     * row is locked first, so that of two last appraisals at once the second sees the first and tells the round.
     */
    @Transactional
    public void tellRoundIfAllAppraised(long roundId) {
        Optional<EvaluationRound> locked = rounds.findByIdForUpdate(roundId);
        if (locked.isEmpty() || !allAppraised(roundId)) {
            return;
        }
        runtimeService.createMessageCorrelation(EvaluationProcess.MESSAGE_ALL_APPRAISED)
                .processInstanceBusinessKey(locked.get().getBusinessKey()).correlateAllWithResult();
    }

    @Transactional
    public void leadersToConfirm(long roundId) {
        rounds.findById(roundId).orElseThrow().waitForLeaders();
    }

    @Transactional
    public void leadersReturned(long roundId, String comment, String by) {
        rounds.findById(roundId).orElseThrow().returned(comment, by, now());
    }

    /** The classes over the round's appraised scores, the cap applied (what the leaders confirm). */
    @Transactional(readOnly = true)
    public ClassificationOutcome classification(long roundId) {
        return classification(evaluations.findByRoundIdOrderByUnitCodeAsc(roundId));
    }

    /** The classes over these evaluations' appraised scores (those not yet appraised left out). */
    public ClassificationOutcome classification(List<Evaluation> ofRound) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Evaluation e : ofRound) {
            if (e.getAppraisedScore() != null) {
                scores.put(e.getUnitCode(), e.getAppraisedScore());
            }
        }
        return classification.classify(scores);
    }

    /**
     * {@code Task_PublishClassification}: stores each unit's final class (and why it fell back), marks the round
     * published and lets every unit's evaluation move on to its notice. Running it again changes nothing.
     */
    @Transactional
    public List<Evaluation> publish(long roundId, String confirmedBy) {
        EvaluationRound round = rounds.findById(roundId).orElseThrow();
        List<Evaluation> ofRound = evaluations.findByRoundIdOrderByUnitCodeAsc(roundId);
        ClassificationOutcome outcome = classification(ofRound);
        LocalDateTime at = now();
        List<Evaluation> published = new ArrayList<>();
        for (Evaluation e : ofRound) {
            Optional<ClassifiedUnit> cls = outcome.unit(e.getUnitCode());
            if (cls.isPresent()) {
                e.published(cls.get().result(), cls.get().fallBack(), at);
                published.add(e);
            }
        }
        round.published(confirmedBy, at);
        evaluations.flush();
        for (Evaluation e : published) {
            if (e.isStarted()) {
                runtimeService.createMessageCorrelation(EvaluationProcess.MESSAGE_PUBLISHED)
                        .processInstanceBusinessKey(e.getBusinessKey())
                        .setVariable(EvaluationProcess.VAR_FINAL_CLASS, messages.getMessage(
                                e.getFinalClass().messageKey(), null, WebConfig.VIETNAMESE)) // notices are Vietnamese
                        .correlateAllWithResult();
            }
        }
        return published;
    }

    // ------------------------------------------------------------------ a unit's evaluation

    /** {@code Task_FreezeScorecard}: the scorecard as of the newest entry (the evaluation's own entries included). */
    @Transactional
    public Evaluation freeze(long evaluationId) {
        Evaluation e = evaluations.require(evaluationId);
        if (e.getFrozenEntryId() == null) {
            long upTo = scorecards.lastEntryId();
            Scorecard card = scorecards.frozen(e.getUnitCode(), e.getYear(), upTo);
            e.frozen(upTo, card.total(), card.completionPercent(), now());
        } else {
            e.frozen(e.getFrozenEntryId(), e.getFrozenTotal(), e.getCompletionPercent(), e.getFrozenAt());
        }
        return e;
    }

    /** The frozen scorecard (with the adjustments recorded since), or the current one before the freeze. */
    @Transactional(readOnly = true)
    public Scorecard scorecard(Evaluation e) {
        return e.getFrozenEntryId() == null ? scorecards.unit(e.getUnitCode(), e.getYear())
                : scorecards.frozen(e.getUnitCode(), e.getYear(), e.getFrozenEntryId());
    }

    @Transactional
    public void selfAssessed(long evaluationId, EvaluationRules.SelfAssessment s, String by) {
        evaluations.require(evaluationId).selfAssessed(s.proposed(), s.explanation(), s.evidence(), by, now());
    }

    @Transactional
    public void selfAssessmentMissed(long evaluationId) {
        evaluations.require(evaluationId).selfAssessmentMissed();
    }

    @Transactional
    public void appraisal(long evaluationId, EvaluationRules.Appraisal a, String by) {
        Evaluation e = evaluations.require(evaluationId);
        if (vn.plancycle.approval.Decision.RETURNED.equals(a.decision())) {
            e.appraisalReturned(a.comment(), by, now());
        } else {
            e.appraisalAccepted(a.comment(), a.adjustment(), a.reason(), by, now());
        }
    }

    /** {@code Task_RecordAppraised}: the appraised score is the frozen scorecard with its adjustments. */
    @Transactional
    public Evaluation appraised(long evaluationId) {
        Evaluation e = evaluations.require(evaluationId);
        e.appraised(scorecard(e).total());
        return e;
    }

    @Transactional(readOnly = true)
    public Evaluation evaluation(long id) {
        return evaluations.require(id);
    }

    @Transactional(readOnly = true)
    public List<Evaluation> ofRound(long roundId) {
        return evaluations.findByRoundIdOrderByUnitCodeAsc(roundId);
    }

    @Transactional(readOnly = true)
    public List<Evaluation> ofUnit(String unitCode) {
        return evaluations.findByUnitCodeOrderByYearDesc(unitCode);
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationRound> round(int year) {
        return rounds.findByYear(year);
    }

    @Transactional(readOnly = true)
    public EvaluationRound requireRound(int year) {
        return rounds.requireYear(year);
    }

    @Transactional(readOnly = true)
    public List<EvaluationRound> rounds() {
        return rounds.findAllByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public List<EvaluationRound> publishedRounds() {
        return rounds.findByStatusOrderByYearDesc(RoundStatus.PUBLISHED);
    }

    /** Unit code → name, for the pages. */
    @Transactional(readOnly = true)
    public Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        units.findAllByOrderByCodeAsc().forEach(u -> names.put(u.getCode(), u.getName()));
        return names;
    }
}
