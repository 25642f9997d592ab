package vn.plancycle.organization;

import java.time.LocalDateTime;

/** A unit's workforce figures for a year (null when none are recorded) and their target check. */
public record WorkforceView(String unitCode, String unitName, int year, WorkforceFigures figures,
        TargetCheck check, String updatedBy, LocalDateTime updatedAt) {
}
