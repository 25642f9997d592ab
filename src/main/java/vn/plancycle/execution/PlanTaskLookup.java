package vn.plancycle.execution;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import vn.plancycle.plan.PlanTask;

/** The plan package's tasks, read-only, as execution needs them. */
interface PlanTaskLookup extends Repository<PlanTask, Long> {

    @Query("select t from PlanTask t join fetch t.plan where t.id = :id")
    Optional<PlanTask> findWithPlan(@Param("id") long id);

    @Query("select t from PlanTask t where t.plan.id = :planId order by t.position")
    List<PlanTask> findByPlan(@Param("planId") long planId);

    @Query("select t from PlanTask t where t.id in :ids")
    List<PlanTask> findAllByIds(@Param("ids") java.util.Collection<Long> ids);
}
