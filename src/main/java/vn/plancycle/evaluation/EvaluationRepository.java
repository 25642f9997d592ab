package vn.plancycle.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.plancycle.web.ApiException;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findByRoundIdOrderByUnitCodeAsc(long roundId);

    List<Evaluation> findByYearOrderByUnitCodeAsc(int year);

    Optional<Evaluation> findByUnitCodeAndYear(String unitCode, int year);

    List<Evaluation> findByUnitCodeOrderByYearDesc(String unitCode);

    default Evaluation require(long id) {
        return findById(id).orElseThrow(() -> ApiException.notFound("evaluation.notFound", id));
    }
}
