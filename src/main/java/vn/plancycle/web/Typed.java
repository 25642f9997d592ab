package vn.plancycle.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a user typed into a refused form, kept to show it again: field, value, field, value... (null → ""). */
public final class Typed {

    private Typed() {
    }

    public static Map<String, String> of(String... fieldsAndValues) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            typed.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return typed;
    }
}
