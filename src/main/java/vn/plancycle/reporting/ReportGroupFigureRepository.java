package vn.plancycle.reporting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportGroupFigureRepository extends JpaRepository<ReportGroupFigure, Long> {

    List<ReportGroupFigure> findByReportIdOrderByTaskGroupAsc(Long reportId);

    List<ReportGroupFigure> findByReportIdIn(Collection<Long> reportIds);
}
