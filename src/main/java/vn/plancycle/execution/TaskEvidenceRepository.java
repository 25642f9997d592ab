package vn.plancycle.execution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskEvidenceRepository extends JpaRepository<TaskEvidence, Long> {

    @Query("select new vn.plancycle.execution.EvidenceInfo(e.id, e.kind, e.name, e.contentType, e.sizeBytes, "
            + "e.url, e.uploadedBy, e.uploadedAt) from TaskEvidence e where e.planTaskId = :id "
            + "order by e.uploadedAt, e.id")
    List<EvidenceInfo> infos(@Param("id") long planTaskId);

    Optional<TaskEvidence> findByIdAndPlanTaskId(long id, long planTaskId);

    long countByPlanTaskId(long planTaskId);
}
