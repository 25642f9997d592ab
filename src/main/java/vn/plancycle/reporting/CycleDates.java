package vn.plancycle.reporting;

import java.time.LocalDate;

/**
 * The dates of one cycle: its data window ({@code periodStart} to {@code cutOff}, both counted), the
 * units' due date, and the ministry's own deadlines (null for thematic and ad-hoc cycles).
 */
public record CycleDates(LocalDate periodStart, LocalDate cutOff, LocalDate unitDue, LocalDate homeAffairsDue,
        LocalDate governmentDue) {
}
