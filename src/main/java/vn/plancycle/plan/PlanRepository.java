package vn.plancycle.plan;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByUnitIdAndYear(Long unitId, int year);

    List<Plan> findByYear(int year);

    @Query("select p.id from Plan p where p.unitId = :unitId and p.year = :year")
    Optional<Long> findIdByUnitIdAndYear(@Param("unitId") Long unitId, @Param("year") int year);

    /** Locks the plan row until the transaction ends: one submit at a time per plan. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> findByIdForUpdate(@Param("id") Long id);

    @Query("select distinct p from Plan p left join fetch p.tasks where p.year = :year and p.status = :status")
    List<Plan> findWithTasksByYearAndStatus(@Param("year") int year, @Param("status") PlanStatus status);
}
