package vn.plancycle.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import vn.plancycle.web.ApiException;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    Optional<UnitReport> findByBusinessKey(String businessKey);

    Optional<UnitReport> findByCycleIdAndUnitCode(Long cycleId, String unitCode);

    List<UnitReport> findByCycleIdOrderByUnitCodeAsc(Long cycleId);

    List<UnitReport> findByUnitCodeOrderByIdDesc(String unitCode);

    /** One batch of the cycle's reports, in unit-code order (the launch starts them batch by batch). */
    List<UnitReport> findByCycleIdOrderByUnitCodeAsc(Long cycleId, Pageable page);

    long countByCycleIdAndStatusNot(Long cycleId, ReportStatus status);

    /** The report, or a 404 that tells the person which report was not found. */
    default UnitReport require(long id) {
        return findById(id).orElseThrow(() -> ApiException.notFound("reporting.report.notFound", String.valueOf(id)));
    }
}
