package vn.plancycle.evaluation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.plancycle.web.ApiException;

public interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

    Optional<EvaluationRound> findByYear(int year);

    /** Locks the round row until the transaction ends: the "was this the last appraisal?" check, one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from EvaluationRound r where r.id = :id")
    Optional<EvaluationRound> findByIdForUpdate(@Param("id") long id);

    List<EvaluationRound> findAllByOrderByYearDesc();

    List<EvaluationRound> findByStatusOrderByYearDesc(RoundStatus status);

    default EvaluationRound requireYear(int year) {
        return findByYear(year).orElseThrow(() -> ApiException.notFound("evaluation.round.notFound", year));
    }
}
