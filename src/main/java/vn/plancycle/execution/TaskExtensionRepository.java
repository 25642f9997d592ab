package vn.plancycle.execution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskExtensionRepository extends JpaRepository<TaskExtension, Long> {

    List<TaskExtension> findByPlanTaskIdOrderByRequestedAtAscIdAsc(long planTaskId);

    Optional<TaskExtension> findFirstByPlanTaskIdAndDecision(long planTaskId, TaskExtension.Decision decision);
}
