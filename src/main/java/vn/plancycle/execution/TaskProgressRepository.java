package vn.plancycle.execution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskProgressRepository extends JpaRepository<TaskProgress, Long> {

    List<TaskProgress> findByPlanTaskIdOrderByRecordedAtAscIdAsc(long planTaskId);
}
