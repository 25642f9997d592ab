package vn.plancycle.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/**
 * The evaluation API: {@code POST /api/evaluations} {@code {"year"}} opens the year's round early (reviewers
 * only; 201 when opened, 200 with the round already open); {@code GET /api/evaluations/{year}} returns the round
 * and its units' evaluations (the ministry: every unit; a unit's people: their own unit).
 */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationApiController {

    public record RoundJson(int year, String businessKey, String status, String openedBy, LocalDateTime openedAt,
            String confirmedBy, LocalDateTime publishedAt, String returnComment, String processInstanceId) {
    }

    public record EvaluationJson(long id, String unit, String businessKey, String status, BigDecimal frozenTotal,
            BigDecimal completionPercent, String proposedClass, boolean selfAssessmentMissing, String explanation,
            String evidence, String appraisalDecision, String appraisalComment, BigDecimal adjustment,
            String adjustmentReason, BigDecimal appraisedScore, String finalClass, String fallBack,
            LocalDateTime publishedAt) {
    }

    public record YearJson(RoundJson round, List<EvaluationJson> evaluations) {
    }

    private final EvaluationService evaluations;
    private final CurrentUserService currentUser;

    public EvaluationApiController(EvaluationService evaluations, CurrentUserService currentUser) {
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    @PostMapping
    public ResponseEntity<RoundJson> open(@RequestBody(required = false) Map<String, Object> body) {
        CurrentUser user = currentUser.current();
        if (!user.isReviewer()) {
            throw new AccessDeniedException("opening an evaluation round");
        }
        EvaluationService.OpenResult result = evaluations.open(body == null ? null : body.get("year"), user.username());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(json(result.round()));
    }

    @GetMapping("/{year}")
    public YearJson year(@PathVariable int year) {
        CurrentUser user = currentUser.current();
        EvaluationRound round = evaluations.requireRound(year);
        return new YearJson(json(round), evaluations.ofRound(round.getId()).stream()
                .filter(e -> user.canSeeUnit(e.getUnitCode())).map(EvaluationApiController::json).toList());
    }

    static RoundJson json(EvaluationRound r) {
        return new RoundJson(r.getYear(), r.getBusinessKey(), r.getStatus().name(), r.getOpenedBy(), r.getOpenedAt(),
                r.getConfirmedBy(), r.getPublishedAt(), r.getReturnComment(), r.getProcessInstanceId());
    }

    static EvaluationJson json(Evaluation e) {
        return new EvaluationJson(e.getId(), e.getUnitCode(), e.getBusinessKey(), e.getStatus().name(),
                e.getFrozenTotal(), e.getCompletionPercent(), e.getSelfClass() == null ? null : e.getSelfClass().name(),
                e.isSelfMissing(), e.getExplanation(), e.getEvidence(), e.getAppraisalDecision(), e.getAppraisalComment(),
                e.getAdjustment(), e.getAdjustmentReason(), e.getAppraisedScore(),
                e.getFinalClass() == null ? null : e.getFinalClass().name(),
                e.getFallBack() == null ? null : e.getFallBack().name(), e.getPublishedAt());
    }
}
