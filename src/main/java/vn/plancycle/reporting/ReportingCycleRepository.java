package vn.plancycle.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.plancycle.web.ApiException;

public interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    Optional<ReportingCycle> findByBusinessKey(String businessKey);

    List<ReportingCycle> findByYearOrderByOpenedAtDesc(int year);

    List<ReportingCycle> findAllByOrderByOpenedAtDesc();

    long countByYearAndKind(int year, ReportKind kind);

    /** The cycle, or a 404 that tells the person which cycle was not found. */
    default ReportingCycle require(long id) {
        return findById(id).orElseThrow(() -> ApiException.notFound("reporting.cycle.notFound", String.valueOf(id)));
    }
}
