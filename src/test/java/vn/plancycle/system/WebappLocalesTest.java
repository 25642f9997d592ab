package vn.plancycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Vietnamese locales of Camunda Tasklist, Cockpit, Admin and Welcome
 * ({@code camunda-webapp/app/*&#47;locales/vi.json}, served by {@code CamundaWebappOverrides}) are complete
 * against the webjar's English ones, whose size is pinned so that an upgrade that changes them is noticed; each
 * app's {@code scripts/config.js} and {@code styles/user-styles.css} are the webjar's plus one hook into
 * PlanCycle's shared {@code camunda-webapp/plancycle/webapps.js} / {@code webapps.css}.
 * Plain JUnit: no Spring context.
 */
class WebappLocalesTest {

    /** The webjar's files: en.json, the original config.js. */
    private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
    /** The application's, served before the webjar's by {@code CamundaWebappOverrides}. */
    private static final String OURS = "camunda-webapp/app/";

    /** The apps, and the keys (object members at every level) of their 7.24 English locale files. */
    private static final Map<String, Integer> ENGLISH_KEYS = Map.of(
            "tasklist", 449, "cockpit", 2_497, "admin", 612, "welcome", 173);
    /** How Camunda names each app: PlanCycle's header reads "PlanCycle " + this. */
    private static final Map<String, String> APP_NAMES = Map.of(
            "tasklist", "Tasklist", "cockpit", "Cockpit", "admin", "Admin", "welcome", "Welcome");

    /** Values that read the same in Vietnamese: product names, value types, operators, date formats. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "Camunda", "Cockpit", "Tasklist", "Admin",
            "Boolean", "String", "Integer", "Long", "Double", "Short",
            "<null>", "<", "<=", ">", ">=",
            "L", "DD/MM/YYYY", "HH:mm",
            // kept by the Cockpit and Admin translators: abbreviations, formats, product names
            "ID", "ID*", "CSV", "JSON", "Optimize", "Camunda Cockpit", "YYYY-MM-DDTHH:mm:ss");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[ds]");
    private static final Pattern HTML_TAG = Pattern.compile("</?(a|br|b|strong|em|i|p|span|code|ul|li)\\b[^>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theEnglishFilesAreThoseOfCamunda724(String app) throws IOException {
        assertThat(keys(read(WEBJAR + app + "/locales/en.json"))).as(app + "/locales/en.json keys")
                .isEqualTo(ENGLISH_KEYS.get(app));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
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
        assertThat(keys(vi)).as(app + "/locales/vi.json keys").isEqualTo(ENGLISH_KEYS.get(app));

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
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseIsPlainUtf8WithoutByteOrderMark(String app) throws IOException {
        byte[] bytes = bytes(OURS + app + "/locales/vi.json");
        assertThat(bytes[0]).as("first byte").isEqualTo((byte) '{');
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text).as(app + " written with Vietnamese letters, not escapes").contains("ư").contains("đ")
                .doesNotContain("\\u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theApplicationsConfigIsTheWebjarsPlusPlanCyclesSettings(String app) throws IOException {
        String original = text(WEBJAR + app + "/scripts/config.js");
        String config = text(OURS + app + "/scripts/config.js");
        String hook = "import { plancycle } from '../../../plancycle/webapps.js'; ...plancycle('"
                + APP_NAMES.get(app) + "'),";
        assertThat(addedLines(app + "/scripts/config.js", original, config)).isEqualTo(hook);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theApplicationsStylesAreTheWebjarsPlusPlanCyclesStyles(String app) throws IOException {
        String original = text(WEBJAR + app + "/styles/user-styles.css");
        String styles = text(OURS + app + "/styles/user-styles.css");
        assertThat(addedLines(app + "/styles/user-styles.css", original, styles))
                .isEqualTo("@import url(\"../../../plancycle/webapps.css\");");
    }

    @Test
    void theSharedSettingsMakeVietnameseTheDefaultAndHideTheCamunda8Notice() throws IOException {
        String script = text("camunda-webapp/plancycle/webapps.js").replaceAll("\\s+", " ");
        assertThat(script).contains("return kept ? kept[1] : 'vi';")
                .contains("locales: { availableLocales: [language], fallbackLocale: language }")
                .contains("vendor: 'PlanCycle'")
                .contains("normal: 'DD/MM/YYYY HH:mm'");
        String styles = text("camunda-webapp/plancycle/webapps.css").replaceAll("\\s+", " ");
        assertThat(styles).contains(".ce-eol-banner { display: none !important; }")
                .contains("url(\"logo.svg\")");
        assertThat(text("camunda-webapp/plancycle/cockpit-dates.js")).contains("'DD/MM/YYYY HH:mm:ss', 'normal'");
        assertThat(text("camunda-webapp/plancycle/logo.svg")).startsWith("<svg ").contains("<title>PlanCycle</title>");
    }

    /**
     * The lines of ours that the webjar's file lacks, comments dropped and spaces collapsed; fails when
     * ours dropped or changed a line of the webjar's.
     */
    private static String addedLines(String file, String original, String ours) {
        List<String> added = new ArrayList<>(ours.lines().toList());
        for (String line : original.lines().toList()) {
            assertThat(added.remove(line)).as(file + " keeps the webjar's line: " + line).isTrue();
        }
        return String.join("\n", added).replaceAll("//[^\n]*", "").replaceAll("/\\*[^\n]*\\*/", "")
                .replaceAll("\\s+", " ").strip();
    }

    private String text(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** Object members at every level, as the issue counts the keys of a locale file. */
    private static int keys(JsonNode node) {
        int count = 0;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                count += 1 + keys(it.next().getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                count += keys(element);
            }
        }
        return count;
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
