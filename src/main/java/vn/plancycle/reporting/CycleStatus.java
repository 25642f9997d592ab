package vn.plancycle.reporting;

/** A reporting cycle: collecting the units' reports; a reviewer consolidates; leaders approve; approved. */
public enum CycleStatus {
    COLLECTING, CONSOLIDATING, WAITING_LEADERS, APPROVED;

    public String messageKey() {
        return "reporting.cycleStatus." + name();
    }
}
