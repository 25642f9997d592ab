package vn.plancycle.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportAttachmentRepository extends JpaRepository<ReportAttachment, Long> {

    List<ReportAttachment> findByReportIdOrderByUploadedAtAsc(Long reportId);

    Optional<ReportAttachment> findByIdAndReportId(Long id, Long reportId);
}
