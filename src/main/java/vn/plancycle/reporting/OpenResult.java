package vn.plancycle.reporting;

/** The cycle opened, or the one already open for the same request ({@code created = false}). */
public record OpenResult(ReportingCycle cycle, boolean created) {
}
