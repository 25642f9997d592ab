package vn.plancycle.notification;

import java.util.Locale;

/** Where a notification goes: the in-app inbox, e-mail, or both (the default). */
public enum Channel {
    BOTH, INBOX, EMAIL;

    public static Channel of(String value) {
        if (value == null || value.isBlank()) {
            return BOTH;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown notification channel '" + value + "' (both, inbox, email)", e);
        }
    }

    public boolean inbox() {
        return this != EMAIL;
    }

    public boolean email() {
        return this != INBOX;
    }
}
