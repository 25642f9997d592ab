package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Vietnamese locales of Camunda Tasklist and Welcome ({@code camunda-webapp/app/*&#47;locales/vi.json},
 * served by {@code CamundaWebappOverrides}) are complete against the webjar's English ones, and the
 * application's {@code scripts/config.js} is the webjar's plus Vietnamese as first and fallback locale.
 * Plain JUnit: no Spring context.
 */
class WebappLocalesTest {

    /** The webjar's files: en.json, the original config.js. */
    private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
    /** The application's, served before the webjar's by {@code CamundaWebappOverrides}. */
    private static final String OURS = "camunda-webapp/app/";

    /** Values that read the same in Vietnamese: product names, value types, operators, date formats. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "Camunda", "Cockpit", "Tasklist",
            "Boolean", "String", "Integer", "Long", "Double", "Short",
            "<null>", "<", "<=", ">", ">=",
            "L", "DD/MM/YYYY", "HH:mm");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[ds]");
    private static final Pattern HTML_TAG = Pattern.compile("</?(a|br|b|strong|em|i|p|span|code|ul|li)\\b[^>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void vietnameseHasEveryEnglishKeyTranslatedWithTheSamePlaceholders(String app) throws IOException {
        JsonNode en = read(WEBJAR + app + "/locales/en.json");
        JsonNode vi = read(OURS + app + "/locales/vi.json");

        Map<String, JsonNode> enLeaves = leaves(en);
        Map<String, JsonNode> viLeaves = leaves(vi);
        Set<String> missing = new TreeSet<>(enLeaves.keySet());
        missing.removeAll(viLeaves.keySet());
        Set<String> extra = new TreeSet<>(viLeaves.keySet());
        extra.removeAll(enLeaves.keySet());
        assertThat(missing).as(app + "/locales/vi.json lacks").isEmpty();
        assertThat(extra).as(app + "/locales/vi.json has keys the English lacks").isEmpty();
        assertThat(enLeaves.keySet()).as(app + " has labels").anyMatch(key -> key.startsWith("labels."));

        List<String> problems = new ArrayList<>();
        enLeaves.forEach((key, enValue) -> {
            JsonNode viValue = viLeaves.get(key);
            if (enValue.isNumber() || enValue.isBoolean()) {
                if (!enValue.equals(viValue)) {
                    problems.add(key + ": expected " + enValue + ", got " + viValue);
                }
                return;
            }
            if (!viValue.isTextual()) {
                problems.add(key + ": not a text but " + viValue.getNodeType());
                return;
            }
            String english = enValue.asText();
            String vietnamese = viValue.asText();
            if (vietnamese.isBlank()) {
                problems.add(key + ": blank");
            } else if (vietnamese.equals(english) && !SAME_IN_BOTH.contains(english)) {
                problems.add(key + ": untranslated \"" + english + "\"");
            }
            if (!all(PLACEHOLDER, vietnamese).equals(all(PLACEHOLDER, english))) {
                problems.add(key + ": placeholders " + all(PLACEHOLDER, english) + " became " + all(PLACEHOLDER, vietnamese));
            }
            if (!all(HTML_TAG, vietnamese).equals(all(HTML_TAG, english))) {
                problems.add(key + ": HTML " + all(HTML_TAG, english) + " became " + all(HTML_TAG, vietnamese));
            }
        });
        assertThat(problems).as(app + "/locales/vi.json").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void vietnameseIsPlainUtf8WithoutByteOrderMark(String app) throws IOException {
        byte[] bytes = bytes(OURS + app + "/locales/vi.json");
        assertThat(bytes[0]).as("first byte").isEqualTo((byte) '{');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Công việc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void theApplicationsConfigIsTheWebjarsWithVietnameseAsFirstAndFallbackLocale(String app) throws IOException {
        String original = new String(bytes(WEBJAR + app + "/scripts/config.js"), StandardCharsets.UTF_8);
        String config = new String(bytes(OURS + app + "/scripts/config.js"), StandardCharsets.UTF_8);
        String locales = "locales: { availableLocales: ['vi', 'en'], fallbackLocale: 'vi' }";
        assertThat(config.replaceAll("\\s+", " ")).contains(locales);
        assertThat(original.replaceAll("\\s+", " ")).doesNotContain(locales);
        // everything else as in the webjar's file: only lines were added
        List<String> ours = config.lines().toList();
        List<String> added = new ArrayList<>(ours);
        for (String line : original.lines().toList()) {
            assertThat(added.remove(line)).as(app + " config.js keeps: " + line).isTrue();
        }
        assertThat(String.join("\n", added).replaceAll("//[^\n]*", "").replaceAll("\\s+", " ").strip())
                .as(app + " config.js adds only the locales").isIn(locales + ",", locales);
    }

    private JsonNode read(String resource) throws IOException {
        String text = new String(bytes(resource), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the webjar's en.json begins with a byte-order mark
        }
        return json.readTree(text);
    }

    private byte[] bytes(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    /** Every value that is not an object, by its dotted path; array elements as path[index]. */
    private static Map<String, JsonNode> leaves(JsonNode root) {
        Map<String, JsonNode> out = new TreeMap<>();
        collect("", root, out);
        return out;
    }

    private static void collect(String path, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }
}
