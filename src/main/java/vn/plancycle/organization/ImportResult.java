package vn.plancycle.organization;

/** What an import changed. */
public record ImportResult(int unitsCreated, int unitsUpdated, int peopleCreated, int peopleUpdated) {
}
