package vn.plancycle.organization;

import java.util.Locale;
import java.util.Optional;

import vn.plancycle.security.Roles;

/** A person's role in their unit; each maps to exactly one of the unit's Camunda groups. */
public enum PersonRole {

    /** Cán bộ: drafts plans, carries out tasks, writes reports. */
    STAFF,
    /** Thủ trưởng: approves plans, accepts results, signs reports. */
    HEAD;

    public String groupOf(String unitCode) {
        return this == HEAD ? Roles.headGroup(unitCode) : Roles.staffGroup(unitCode);
    }

    /** Reads {@code STAFF}/{@code HEAD} or the Vietnamese "Cán bộ"/"Thủ trưởng" (any case). */
    public static Optional<PersonRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(new Locale("vi"));
        return switch (t) {
            case "staff", "cán bộ", "can bo" -> Optional.of(STAFF);
            case "head", "thủ trưởng", "thu truong" -> Optional.of(HEAD);
            default -> Optional.empty();
        };
    }
}
