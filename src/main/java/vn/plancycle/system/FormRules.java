package vn.plancycle.system;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The validation rules of one Camunda Form ({@code forms/*.form}, form-js schema): for every field with a
 * {@code key}, what its {@code validate} block asks (required, minLength, maxLength, pattern, min, max) and, for
 * a radio or select, its choices. A field the form hides ({@code conditional.hide}, a FEEL expression over
 * the values) or shows read-only is not checked, as form-js does not check it either.
 * <p>
 * The server applies these rules to a completion through Camunda's REST API ({@link FormRulesGuardFilter}),
 * so a value Tasklist's form refuses is refused by the server too, whoever sends it.
 */
public final class FormRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    /** A field of the form and its rules; {@code hide} is the FEEL expression without its leading '='. */
    public record Field(String key, String label, String type, boolean required, Integer minLength,
            Integer maxLength, String pattern, BigDecimal min, BigDecimal max, List<String> choices, String hide) {
    }

    /** What is wrong with a value: a message key of the {@code form.*} family and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final String formId;
    private final List<Field> fields;

    private FormRules(String formId, List<Field> fields) {
        this.formId = formId;
        this.fields = List.copyOf(fields);
    }

    public static FormRules parse(InputStream form) throws IOException {
        JsonNode root = JSON.readTree(form);
        List<Field> fields = new ArrayList<>();
        collect(root.path("components"), fields);
        return new FormRules(root.path("id").asText(), fields);
    }

    public String formId() {
        return formId;
    }

    /** The fields that carry at least one rule. */
    public List<Field> fields() {
        return fields;
    }

    private static void collect(JsonNode components, List<Field> into) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                collect(c.get("components"), into); // groups
            }
            String key = c.path("key").asText("");
            if (key.isEmpty() || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
                continue;
            }
            JsonNode v = c.path("validate");
            List<String> choices = new ArrayList<>();
            for (JsonNode value : c.path("values")) {
                choices.add(value.path("value").asText());
            }
            String hide = c.path("conditional").path("hide").asText("");
            Field field = new Field(key, c.path("label").asText(key), c.path("type").asText(),
                    v.path("required").asBoolean(false), integer(v, "minLength"), integer(v, "maxLength"),
                    v.hasNonNull("pattern") ? v.get("pattern").asText() : null, number(v, "min"), number(v, "max"),
                    choices, hide.startsWith("=") ? hide.substring(1) : null);
            boolean ruled = field.required() || field.minLength() != null || field.maxLength() != null
                    || field.pattern() != null || field.min() != null || field.max() != null || !choices.isEmpty();
            if (ruled) {
                into.add(field);
            }
        }
    }

    /**
     * The first problem of the values (the variables the task will complete with), or null when the form
     * would accept them.
     */
    public Problem check(Map<String, Object> values) {
        for (Field f : fields) {
            if (hidden(f, values)) {
                continue;
            }
            Object value = values.get(f.key());
            if (isEmpty(f, value)) {
                if (f.required()) {
                    return new Problem(f.key(), "form.error.required", f.label());
                }
                continue;
            }
            if (!f.choices().isEmpty() && !f.choices().contains(String.valueOf(value))) {
                return new Problem(f.key(), "form.error.choice", f.label());
            }
            if (value instanceof String s) {
                String text = s.strip();
                if (f.minLength() != null && text.length() < f.minLength()) {
                    return new Problem(f.key(), "form.error.tooShort", f.label(), f.minLength());
                }
                if (f.maxLength() != null && text.length() > f.maxLength()) {
                    return new Problem(f.key(), "form.error.tooLong", f.label(), f.maxLength());
                }
                if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(s).find()) {
                    return new Problem(f.key(), "form.error.pattern", f.label());
                }
            }
            if (f.min() != null || f.max() != null) {
                BigDecimal n = decimal(value);
                if (n == null) {
                    return new Problem(f.key(), "form.error.number", f.label());
                }
                if (f.min() != null && n.compareTo(f.min()) < 0) {
                    return new Problem(f.key(), "form.error.min", f.label(), f.min().toPlainString());
                }
                if (f.max() != null && n.compareTo(f.max()) > 0) {
                    return new Problem(f.key(), "form.error.max", f.label(), f.max().toPlainString());
                }
            }
        }
        return null;
    }

    private static boolean isEmpty(Field f, Object value) {
        if (value == null) {
            return true;
        }
        if ("checkbox".equals(f.type())) {
            return Boolean.FALSE.equals(value) || "false".equals(String.valueOf(value));
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty();
        }
        return value instanceof String s && s.isBlank();
    }

    private static boolean hidden(Field f, Map<String, Object> values) {
        if (f.hide() == null) {
            return false;
        }
        VariableMap context = Variables.createVariables();
        values.forEach(context::putValue);
        try {
            Object result = FEEL.evaluateSimpleExpression(f.hide(), context.asVariableContext());
            return Boolean.TRUE.equals(result);
        } catch (RuntimeException e) {
            return false; // an expression the server cannot read: check the field rather than skip it
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(String.valueOf(value).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode v, String name) {
        return v.has(name) && v.get(name).canConvertToInt() ? v.get(name).asInt() : null;
    }

    private static BigDecimal number(JsonNode v, String name) {
        return v.has(name) && v.get(name).isNumber() ? v.get(name).decimalValue() : null;
    }
}
