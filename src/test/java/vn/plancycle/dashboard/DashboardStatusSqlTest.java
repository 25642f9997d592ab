package vn.plancycle.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.plancycle.execution.TaskStage;
import vn.plancycle.execution.TaskStatus;
import vn.plancycle.testsupport.AppTest;

/**
 * The dashboard counts task statuses in SQL ({@link DashboardRepository#STATUS}); this proves that SQL equal to
 * THE rule, {@link TaskStatus#of}, for every task in the database (the demo's, other tests', and a year 2087 made
 * of the edge cases) on days around their deadlines.
 */
@AppTest
class DashboardStatusSqlTest {

    static final int YEAR = 2087;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSqlStatusIsTaskStatusOfForEveryTask() {
        DashboardData data = new DashboardData(jdbc);
        data.clear(YEAR);
        LocalDate due = LocalDate.of(YEAR, 5, 10);
        LocalDateTime started = LocalDateTime.of(YEAR, 2, 1, 9, 0);
        data.task("cds", YEAR, "AWARENESS", "WORKING", 0, due, null, null);
        data.task("cds", YEAR, "AWARENESS", "WORKING", 40, due, started, null);
        data.task("cds", YEAR, "AWARENESS", "REPORTED", 100, due, started, due.atTime(23, 59));
        data.task("cds", YEAR, "AWARENESS", "REPORTED", 100, due, started, due.plusDays(1).atTime(0, 1));
        data.task("cds", YEAR, "AWARENESS", "ACCEPTED", 100, due, started, due.atTime(23, 59));
        data.task("cds", YEAR, "AWARENESS", "ACCEPTED", 100, due, started, due.plusDays(1).atTime(0, 1));
        data.task("cds", YEAR, "AWARENESS", "ACCEPTED", 100, due, null, null);

        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (LocalDate today : List.of(due.minusDays(1), due, due.plusDays(1), LocalDate.now())) {
            List<Map<String, Object>> rows = named.queryForList("SELECT e.plan_task_id, e.stage, e.current_due_date, "
                    + "e.reported_done_at, e.started_at, " + DashboardRepository.STATUS + " AS st "
                    + "FROM task_execution e", Map.of("today", Date.valueOf(today)));
            for (Map<String, Object> r : rows) {
                java.sql.Timestamp reported = (java.sql.Timestamp) r.get("reported_done_at");
                TaskStatus java = TaskStatus.of(TaskStage.valueOf((String) r.get("stage")),
                        ((Date) r.get("current_due_date")).toLocalDate(),
                        reported == null ? null : reported.toLocalDateTime(), r.get("started_at") != null, today);
                if (!java.name().equals(r.get("st"))) {
                    differences.add(r.get("plan_task_id") + " on " + today + ": " + java + " vs " + r.get("st"));
                }
                compared++;
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(4 * 7);
        Map<String, Long> mine = new java.util.TreeMap<>();
        named.query("SELECT " + DashboardRepository.STATUS + " AS st FROM task_execution e WHERE e.\"year\" = :year",
                Map.of("today", Date.valueOf(due.plusDays(1)), "year", YEAR),
                rs -> {
                    mine.merge(rs.getString(1), 1L, Long::sum);
                });
        // on the day after the deadline: not started and started work overdue, a result reported late overdue,
        // one reported on the day in progress; accepted on the day / late / without a date: on time, late, on time
        assertThat(mine).containsExactlyInAnyOrderEntriesOf(Map.of("OVERDUE", 3L, "IN_PROGRESS", 1L,
                "DONE_ON_TIME", 2L, "DONE_LATE", 1L));
    }
}
