package vn.plancycle.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkforceFigureRepository extends JpaRepository<WorkforceFigure, Long> {

    @Query("select f from WorkforceFigure f where f.unit.code = :unitCode and f.year = :year")
    Optional<WorkforceFigure> findByUnitCodeAndYear(String unitCode, int year);
}
