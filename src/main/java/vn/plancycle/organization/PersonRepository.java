package vn.plancycle.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("select p from Person p join fetch p.unit where p.username = :username")
    Optional<Person> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select p from Person p join fetch p.unit u order by u.code, p.role desc, p.username")
    List<Person> findAllWithUnit();

    @Query("select p from Person p join fetch p.unit u where u.code = :unitCode order by p.role desc, p.username")
    List<Person> findByUnitCode(String unitCode);

    /** Rows of (unit id, role, count) for the units table. */
    @Query("select p.unit.id, p.role, count(p) from Person p group by p.unit.id, p.role")
    List<Object[]> countByUnitAndRole();
}
