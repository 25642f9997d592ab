package vn.plancycle.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.plancycle.scoring.ScoreRule;
import vn.plancycle.testsupport.AppTest;

/**
 * The Modeler element templates ({@code processes/.camunda/element-templates}) cover every delegate of the
 * application, one each, in Vietnamese; every field a model fills in for a delegate is a field of its template; the
 * dropdowns offer exactly what exists (the notification templates, the score rules).
 */
@AppTest
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");
    private static final Pattern VIETNAMESE = Pattern.compile(".*[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ].*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

    /** Template file → its JSON. */
    private static final Map<String, JsonNode> FILES = new HashMap<>();

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                FILES.put(file.getFileName().toString(), json.readTree(file.toFile()));
            }
        }
        assertThat(FILES).isNotEmpty();
    }

    private static String beanOf(JsonNode template) {
        for (JsonNode property : template.path("properties")) {
            if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
                var m = BEAN.matcher(property.path("value").asText());
                assertThat(m.matches()).as(template.path("id") + " delegate expression").isTrue();
                return m.group(1);
            }
        }
        throw new AssertionError(template.path("id") + " has no delegate expression");
    }

    @Test
    void everyDelegateOfTheApplicationHasExactlyOneTemplateAndEveryTemplateADelegate() {
        Set<String> delegates = new TreeSet<>(List.of(context.getBeanNamesForType(JavaDelegate.class)));
        assertThat(delegates).hasSizeGreaterThan(25);
        Map<String, String> templateOf = new HashMap<>();
        Set<String> ids = new HashSet<>();
        FILES.forEach((file, template) -> {
            String bean = beanOf(template);
            assertThat(templateOf.put(bean, file)).as("second template for " + bean + ": " + file).isNull();
            assertThat(ids.add(template.path("id").asText())).as("id of " + file).isTrue();
            assertThat(context.containsBean(bean) && context.getBean(bean) instanceof JavaDelegate)
                    .as(file + " names the delegate bean " + bean).isTrue();
        });
        assertThat(templateOf.keySet()).as("delegates with a template").containsExactlyInAnyOrderElementsOf(delegates);
    }

    @Test
    void everyTemplateExplainsItselfAndItsFieldsInVietnamese() {
        FILES.forEach((file, template) -> {
            assertThat(template.path("$schema").asText()).as(file).contains("element-templates-json-schema");
            assertThat(template.path("id").asText()).as(file).startsWith("vn.plancycle.");
            assertThat(template.path("version").asInt()).as(file).isPositive();
            assertThat(template.path("appliesTo")).as(file).isNotEmpty();
            assertThat(template.path("name").asText()).as(file + " name").matches(VIETNAMESE);
            assertThat(template.path("description").asText()).as(file + " description").matches(VIETNAMESE);
            for (JsonNode property : template.path("properties")) {
                if ("Hidden".equals(property.path("type").asText())) {
                    continue;
                }
                String where = file + " field " + property.path("binding").path("name").asText();
                assertThat(property.path("label").asText()).as(where + " label").matches(VIETNAMESE);
                assertThat(property.path("description").asText()).as(where + " description").isNotBlank();
                for (JsonNode choice : property.path("choices")) {
                    assertThat(choice.path("name").asText()).as(where + " choice").isNotBlank();
                }
            }
        });
    }

    @Test
    void everyInputAModelGivesADelegateIsAFieldOfItsTemplate() throws IOException {
        Map<String, Set<String>> fields = new HashMap<>();
        FILES.values().forEach(template -> {
            Set<String> inputs = new HashSet<>();
            for (JsonNode property : template.path("properties")) {
                if ("camunda:inputParameter".equals(property.path("binding").path("type").asText())) {
                    inputs.add(property.path("binding").path("name").asText());
                }
            }
            fields.put(beanOf(template), inputs);
        });
        List<String> problems = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                    String expression = element.getAttributeValueNs(ProcessCatalog.CAMUNDA_NS, "delegateExpression");
                    var bean = expression == null ? null : BEAN.matcher(expression);
                    if (bean == null || !bean.matches() || !fields.containsKey(bean.group(1))) {
                        continue;
                    }
                    uses++;
                    if (element.getExtensionElements() == null) {
                        continue;
                    }
                    for (CamundaInputOutput io : element.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
                        for (CamundaInputParameter input : io.getCamundaInputParameters()) {
                            if (!fields.get(bean.group(1)).contains(input.getCamundaName())) {
                                problems.add(file.getFileName() + " " + element.getId() + ": input '"
                                        + input.getCamundaName() + "' is not a field of the template for " + bean.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(uses).isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    @Test
    void theDropdownsOfferExactlyTheNotificationTemplatesAndTheScoreRules() throws IOException {
        Set<String> notificationTemplates = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "notification-templates"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .forEach(n -> notificationTemplates.add(n.substring(0, n.length() - 4)));
        }
        assertThat(choices("send-notification.json", "template")).isEqualTo(notificationTemplates);

        Set<String> rules = new TreeSet<>();
        context.getBeansOfType(ScoreRule.class).values().forEach(rule -> rules.add(rule.name()));
        Set<String> offered = choices("record-score.json", "rule");
        offered.remove("");
        assertThat(offered).isEqualTo(rules);
    }

    private static Set<String> choices(String file, String input) {
        Set<String> values = new TreeSet<>();
        for (JsonNode property : FILES.get(file).path("properties")) {
            if (input.equals(property.path("binding").path("name").asText())) {
                property.path("choices").forEach(c -> values.add(c.path("value").asText()));
            }
        }
        assertThat(values).as(file + " " + input + " choices").isNotEmpty();
        return values;
    }
}
