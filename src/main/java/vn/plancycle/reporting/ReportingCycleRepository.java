package vn.plancycle.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    Optional<ReportingCycle> findByBusinessKey(String businessKey);

    List<ReportingCycle> findByYearOrderByOpenedAtDesc(int year);

    List<ReportingCycle> findAllByOrderByOpenedAtDesc();

    long countByYearAndKind(int year, ReportKind kind);
}
