package vn.plancycle.execution;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskExecutionRepository extends JpaRepository<TaskExecution, Long> {

    List<TaskExecution> findByUnitCodeAndYear(String unitCode, int year);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from TaskExecution e where e.planTaskId = :id")
    Optional<TaskExecution> findByIdForUpdate(@Param("id") long id);
}
