package vn.plancycle.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.plancycle.web.ApiException;

public interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

    Optional<EvaluationRound> findByYear(int year);

    List<EvaluationRound> findAllByOrderByYearDesc();

    List<EvaluationRound> findByStatusOrderByYearDesc(RoundStatus status);

    default EvaluationRound requireYear(int year) {
        return findByYear(year).orElseThrow(() -> ApiException.notFound("evaluation.round.notFound", year));
    }
}
