package vn.plancycle.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportTaskLineRepository extends JpaRepository<ReportTaskLine, Long> {

    List<ReportTaskLine> findByReportIdOrderByPositionAsc(Long reportId);

    List<ReportTaskLine> findByReportIdInOrderByReportIdAscPositionAsc(Collection<Long> reportIds);

    boolean existsByReportId(Long reportId);
}
