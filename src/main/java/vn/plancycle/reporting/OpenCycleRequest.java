package vn.plancycle.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to open a reporting cycle: periodic {@code {year, period}} (Q1, H1, Q3, YEAR), or thematic /
 * ad-hoc {@code {year, kind, title, dueDate}} with an optional scope ({@code groups}: task group names,
 * {@code units}: unit codes; empty = all).
 */
public record OpenCycleRequest(Integer year, String period, String kind, String title, LocalDate dueDate,
        List<String> groups, List<String> units) {

    public static OpenCycleRequest periodic(int year, ReportingPeriod period) {
        return new OpenCycleRequest(year, period.name(), null, null, null, null, null);
    }
}
