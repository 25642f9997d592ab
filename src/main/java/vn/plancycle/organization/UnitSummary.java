package vn.plancycle.organization;

/** A row of the units table: the unit and how many staff and heads it has. */
public record UnitSummary(String code, String name, boolean active, long staff, long heads) {
}
