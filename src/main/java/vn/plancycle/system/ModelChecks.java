package vn.plancycle.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * What a process owner's BPMN must hold before any of it is stored, where Camunda would accept it and
 * fail later, at run time, on a citizen's plan or report:
 * <ul>
 * <li>every executable process has a {@code camunda:historyTimeToLive} (the audit trail's lifetime);</li>
 * <li>a {@code camunda:delegateExpression} of the plain form {@code ${name}} (service and send tasks,
 * message events, execution and task listeners) names a bean of the application; other expressions
 * are left alone;</li>
 * <li>a {@code camunda:class} names a class that exists;</li>
 * <li>a {@code camunda:formRef} names a form the engine will find under its
 * {@code camunda:formRefBinding} (which Camunda requires): in the same deployment ({@code deployment}), there or already
 * deployed ({@code latest}), or deployed in that version ({@code version}).</li>
 * </ul>
 * Each finding names the element (its id and its Vietnamese name) in the deploying user's language.
 */
class ModelChecks {

    private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    /** A finding: the message, the XML element it is about (line, column) and the BPMN element's id. */
    record Finding(String message, Element element, String elementId) {
    }

    /** The forms already deployed, as the engine resolves a formRef at run time. */
    interface DeployedForms {

        boolean latest(String key);

        boolean version(String key, int version);
    }

    private final Predicate<String> beanExists;
    private final Predicate<String> classExists;
    private final ModelTexts texts;

    ModelChecks(Predicate<String> beanExists, Predicate<String> classExists, ModelTexts texts) {
        this.beanExists = beanExists;
        this.classExists = classExists;
        this.texts = texts;
    }

    /**
     * @param definitions the BPMN file's root element
     * @param formsInDeployment the ids of the forms deployed together with it
     */
    List<Finding> check(Element definitions, Set<String> formsInDeployment, DeployedForms deployed) {
        List<Finding> findings = new ArrayList<>();
        for (Element process : definitions.elements("process")) {
            if ("false".equalsIgnoreCase(process.attribute("isExecutable"))) {
                continue;
            }
            String ttl = process.attributeNS(CAMUNDA, "historyTimeToLive");
            if (ttl == null || ttl.isBlank()) {
                findings.add(finding(process, process, "deployment.problem.noHistoryTimeToLive"));
            }
            walk(process, process, new Context(findings, formsInDeployment, deployed));
        }
        return findings;
    }

    private record Context(List<Finding> findings, Set<String> forms, DeployedForms deployed) {
    }

    private void walk(Element element, Element owner, Context context) {
        Element named = isBpmnElement(element) ? element : owner;
        checkDelegate(element, named, "camunda:delegateExpression", element.attributeNS(CAMUNDA, "delegateExpression"),
                context);
        checkClass(element, named, "camunda:class", element.attributeNS(CAMUNDA, "class"), context);
        if (isListener(element)) {
            String what = "camunda:" + element.getTagName();
            checkDelegate(element, named, what + " delegateExpression", element.attribute("delegateExpression"),
                    context);
            checkClass(element, named, what + " class", element.attribute("class"), context);
        }
        checkFormRef(element, context);
        for (Element child : element.elements()) {
            walk(child, named, context);
        }
    }

    private void checkDelegate(Element element, Element owner, String what, String expression, Context context) {
        if (expression == null) {
            return;
        }
        Matcher plain = BEAN_EXPRESSION.matcher(expression.trim());
        if (plain.matches() && !beanExists.test(plain.group(1))) {
            context.findings().add(finding(element, owner, "deployment.problem.noBean", what, expression.trim()));
        }
    }

    private void checkClass(Element element, Element owner, String what, String className, Context context) {
        if (className != null && !className.isBlank() && !classExists.test(className.trim())) {
            context.findings().add(finding(element, owner, "deployment.problem.noClass", what, className.trim()));
        }
    }

    private void checkFormRef(Element element, Context context) {
        String key = element.attributeNS(CAMUNDA, "formRef");
        if (key == null || key.isBlank() || isExpression(key)) {
            return;
        }
        key = key.trim();
        String binding = element.attributeNS(CAMUNDA, "formRefBinding");
        if (binding == null || binding.isBlank()) {
            context.findings().add(finding(element, element, "deployment.problem.formRefBindingMissing", key));
            return;
        }
        binding = binding.trim();
        boolean together = context.forms().contains(key);
        switch (binding) {
            case "deployment" -> {
                if (!together) {
                    context.findings().add(finding(element, element, "deployment.problem.formNotInDeployment", key));
                }
            }
            case "version" -> {
                String version = element.attributeNS(CAMUNDA, "formRefVersion");
                if (version != null && version.trim().matches("\\d{1,9}") && !together
                        && !context.deployed().version(key, Integer.parseInt(version.trim()))) {
                    context.findings().add(finding(element, element, "deployment.problem.formVersionMissing", key,
                            version.trim()));
                }
            }
            case "latest" -> {
                if (!together && !context.deployed().latest(key)) {
                    context.findings().add(finding(element, element, "deployment.problem.formMissing", key));
                }
            }
            default -> {
                // Camunda names an unknown binding itself
            }
        }
    }

    private Finding finding(Element at, Element owner, String key, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = label(owner);
        System.arraycopy(details, 0, args, 1, details.length);
        return new Finding(texts.get(key, args), at, owner.attribute("id"));
    }

    /** «Vietnamese name» (id), or the id alone. */
    private String label(Element element) {
        String id = element.attribute("id");
        String name = element.attribute("name");
        return name == null || name.isBlank() ? texts.get("deployment.element.unnamed", id)
                : texts.get("deployment.element", id, name.trim().replaceAll("\\s+", " "));
    }

    /** An element of the model (task, event, process…) rather than an extension or an event definition. */
    private static boolean isBpmnElement(Element element) {
        return element.attribute("id") != null && !isCamunda(element)
                && !element.getTagName().endsWith("EventDefinition");
    }

    private static boolean isListener(Element element) {
        return isCamunda(element)
                && ("executionListener".equals(element.getTagName()) || "taskListener".equals(element.getTagName()));
    }

    private static boolean isCamunda(Element element) {
        String uri = element.getUri();
        return CAMUNDA.getNamespaceUri().equals(uri) || (uri != null && uri.equals(CAMUNDA.getAlternativeUri()));
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }
}
