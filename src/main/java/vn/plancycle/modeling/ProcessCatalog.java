package vn.plancycle.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.plancycle.notification.NotificationTemplates;

/**
 * The reference of the deployed processes, generated from the models the engine holds (so it is always the truth
 * of what runs): the latest version of each process key, its steps in diagram order, who does each, the timers, the
 * notifications and the score entries, and how many running instances wait in each step.
 */
@Service
public class ProcessCatalog {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String NOTIFY_BEAN = "${sendNotificationDelegate}";
    private static final String SCORE_BEAN = "${recordScoreDelegate}";
    private static final Pattern SETTING = Pattern.compile("^\\$\\{([A-Za-z]+Settings)\\.([A-Za-z]+)}$");
    private static final Pattern VARIABLE = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9_]*)}$");
    private static final Pattern UNIT_GROUP = Pattern.compile("^unit-\\$\\{unitCode}-(staff|head)$");

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final NotificationTemplates templates;
    private final ApplicationContext beans;
    private final MessageSource messages;

    public ProcessCatalog(RepositoryService repository, RuntimeService runtime, ManagementService management,
            NotificationTemplates templates, ApplicationContext beans, MessageSource messages) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.templates = templates;
        this.beans = beans;
        this.messages = messages;
    }

    /** Every process key, by name: its latest version and where its instances run. */
    public List<ProcessReference.Summary> processes() {
        List<ProcessReference.Summary> out = new ArrayList<>();
        for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            out.add(summary(latest, versionsOf(latest.getKey()), repository.getBpmnModelInstance(latest.getId())));
        }
        out.sort(Comparator.comparing(ProcessReference.Summary::name, Comparator.nullsLast(String::compareTo)));
        return out;
    }

    /** The whole reference of one process key, empty if no such process is deployed. */
    public Optional<ProcessReference> reference(String key) {
        List<ProcessDefinition> versions = versionsOf(key);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        ProcessDefinition latest = versions.get(versions.size() - 1);
        BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
        Map<String, Long> waiting = waiting(versions);
        List<ProcessReference.Step> steps = new ArrayList<>();
        List<ProcessReference.Timer> timers = new ArrayList<>();
        List<ProcessReference.Notification> notifications = new ArrayList<>();
        List<ProcessReference.Score> scores = new ArrayList<>();
        for (FlowNode node : inDiagramOrder(model)) {
            steps.add(step(node, waiting.getOrDefault(node.getId(), 0L)));
            timer(node).ifPresent(timers::add);
            String delegate = attribute(node, "delegateExpression");
            if (NOTIFY_BEAN.equals(delegate)) {
                notifications.add(notification(node));
            } else if (SCORE_BEAN.equals(delegate)) {
                scores.add(score(node));
            }
        }
        Process process = model.getModelElementById(key);
        String documentation = process == null ? null
                : process.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse(null);
        return Optional.of(new ProcessReference(summary(latest, versions, model), documentation, steps, timers,
                notifications, scores));
    }

    // ---------------------------------------------------------------- summary

    private List<ProcessDefinition> versionsOf(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion()
                .asc().list();
    }

    private ProcessReference.Summary summary(ProcessDefinition latest, List<ProcessDefinition> versions,
            BpmnModelInstance model) {
        long onLatest = 0;
        long onOlder = 0;
        for (ProcessDefinition version : versions) {
            long count = runtime.createProcessInstanceQuery().processDefinitionId(version.getId()).count();
            if (version.getId().equals(latest.getId())) {
                onLatest = count;
            } else {
                onOlder += count;
            }
        }
        Deployment deployment = repository.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult();
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        int automatic = (int) model.getModelElementsByType(Activity.class).stream()
                .filter(a -> attribute(a, "delegateExpression") != null || attribute(a, "class") != null).count();
        Integer ttl = latest.getHistoryTimeToLive();
        return new ProcessReference.Summary(latest.getKey(), latest.getName(), latest.getVersion(), latest.getId(),
                deployment == null ? null : deployment.getDeploymentTime(), latest.getResourceName(), versions.size(),
                onLatest, onOlder, ttl == null ? 0 : ttl, userTasks.size(), automatic);
    }

    /** Running instances per activity id, over all versions of the key (Cockpit's statistics query). */
    private Map<String, Long> waiting(List<ProcessDefinition> versions) {
        Map<String, Long> out = new HashMap<>();
        for (ProcessDefinition version : versions) {
            for (ActivityStatistics stats : management.createActivityStatisticsQuery(version.getId()).list()) {
                out.merge(stats.getId(), (long) stats.getInstances(), Long::sum);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- steps

    /** Flow nodes ordered as a reader scans the diagram: left to right, then top to bottom. */
    private static List<FlowNode> inDiagramOrder(BpmnModelInstance model) {
        Map<String, double[]> position = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null && shape.getBounds() != null) {
                position.put(shape.getBpmnElement().getId(),
                        new double[] {shape.getBounds().getX(), shape.getBounds().getY()});
            }
        }
        List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
        double[] nowhere = {Double.MAX_VALUE, Double.MAX_VALUE};
        nodes.sort(Comparator.<FlowNode>comparingDouble(n -> position.getOrDefault(n.getId(), nowhere)[0])
                .thenComparingDouble(n -> position.getOrDefault(n.getId(), nowhere)[1]));
        return nodes;
    }

    private ProcessReference.Step step(FlowNode node, long waiting) {
        List<String> who = new ArrayList<>();
        String form = null;
        if (node instanceof UserTask task) {
            who.addAll(people(task.getCamundaCandidateGroups()));
            who.addAll(people(task.getCamundaCandidateUsers()));
            who.addAll(people(task.getCamundaAssignee()));
            form = task.getCamundaFormRef() != null ? task.getCamundaFormRef() : task.getCamundaFormKey();
        } else if (node instanceof StartEvent start) {
            form = start.getCamundaFormRef() != null ? start.getCamundaFormRef() : start.getCamundaFormKey();
        }
        List<String> performs = new ArrayList<>();
        addIfPresent(performs, beanOrClass(node));
        for (CamundaTaskListener listener : extensions(node, CamundaTaskListener.class)) {
            addIfPresent(performs, listenerText(listener.getCamundaEvent(), listener.getCamundaDelegateExpression(),
                    listener.getCamundaClass(), listener.getCamundaExpression()));
        }
        for (CamundaExecutionListener listener : extensions(node, CamundaExecutionListener.class)) {
            addIfPresent(performs, listenerText(listener.getCamundaEvent(), listener.getCamundaDelegateExpression(),
                    listener.getCamundaClass(), listener.getCamundaExpression()));
        }
        boolean async = "true".equals(attribute(node, "asyncBefore")) || "true".equals(attribute(node, "asyncAfter"));
        String retryCycle = extensions(node, CamundaFailedJobRetryTimeCycle.class).stream()
                .map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().map(this::resolve).orElse(null);
        ModelElementInstance parent = node.getParentElement();
        String inside = parent instanceof SubProcess sub ? named(sub) : null;
        return new ProcessReference.Step(node.getId(), named(node), node.getElementType().getTypeName(), inside, who,
                form, performs, async, retryCycle, waiting);
    }

    private Optional<ProcessReference.Timer> timer(FlowNode node) {
        if (!(node instanceof Event event)) {
            return Optional.empty();
        }
        TimerEventDefinition timer = event.getChildElementsByType(TimerEventDefinition.class).stream().findFirst()
                .orElse(null);
        if (timer == null) {
            return Optional.empty();
        }
        String type;
        String expression;
        if (timer.getTimeDate() != null) {
            type = "date";
            expression = timer.getTimeDate().getTextContent();
        } else if (timer.getTimeDuration() != null) {
            type = "duration";
            expression = timer.getTimeDuration().getTextContent();
        } else if (timer.getTimeCycle() != null) {
            type = "cycle";
            expression = timer.getTimeCycle().getTextContent();
        } else {
            type = "none";
            expression = "";
        }
        String attachedTo = null;
        boolean interrupting = true;
        if (node instanceof BoundaryEvent boundary) {
            attachedTo = boundary.getAttachedTo() == null ? null : named(boundary.getAttachedTo());
            interrupting = boundary.cancelActivity();
        } else if (node instanceof StartEvent start) {
            interrupting = start.isInterrupting();
        }
        return Optional.of(new ProcessReference.Timer(node.getId(), named(node), node.getElementType().getTypeName(),
                attachedTo, interrupting, type, expression.strip(), resolve(expression.strip())));
    }

    private ProcessReference.Notification notification(FlowNode node) {
        Map<String, String> inputs = inputs(node);
        String template = inputs.get("template");
        String subject;
        try {
            subject = template == null ? null : templates.render(template, Map.of()).subject();
        } catch (RuntimeException missing) {
            subject = text("reference.notification.noTemplate", template);
        }
        String recipients = inputs.getOrDefault("recipients", "");
        List<String> to = new ArrayList<>();
        for (String recipient : recipients.split(",")) {
            String id = recipient.strip();
            if (!id.isEmpty()) {
                to.add(person(id.startsWith("group:") ? id.substring(6) : id, id.startsWith("group:")));
            }
        }
        return new ProcessReference.Notification(node.getId(), named(node), template, subject, to);
    }

    private ProcessReference.Score score(FlowNode node) {
        Map<String, String> inputs = inputs(node);
        String criterion = inputs.get("criterion");
        String label = criterion == null ? null
                : messages.getMessage("scorecard.criterion." + criterion, null, criterion, locale());
        return new ProcessReference.Score(node.getId(), named(node), criterion, label, inputs.get("rule"),
                inputs.get("subject"));
    }

    // ---------------------------------------------------------------- reading the model

    private static String named(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? element.getId() : name.strip().replaceAll("\\s+", " ");
    }

    static String attribute(BaseElement element, String name) {
        return element.getAttributeValueNs(CAMUNDA_NS, name);
    }

    private static <T extends ModelElementInstance> List<T> extensions(BaseElement element, Class<T> type) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        return List.copyOf(element.getExtensionElements().getChildElementsByType(type));
    }

    private static Map<String, String> inputs(BaseElement element) {
        Map<String, String> out = new LinkedHashMap<>();
        if (element.getExtensionElements() != null) {
            for (CamundaInputParameter input : element.getExtensionElements().getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).list()
                    .stream().flatMap(io -> io.getCamundaInputParameters().stream()).toList()) {
                out.put(input.getCamundaName(), input.getTextContent() == null ? null : input.getTextContent().strip());
            }
        }
        return out;
    }

    private static String beanOrClass(BaseElement element) {
        String delegate = attribute(element, "delegateExpression");
        if (delegate != null) {
            return delegate;
        }
        String type = attribute(element, "class");
        return type != null ? type : attribute(element, "expression");
    }

    private String listenerText(String event, String delegate, String type, String expression) {
        String what = delegate != null ? delegate : type != null ? type : expression;
        return what == null ? null : text("reference.listener", event, what);
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value);
        }
    }

    // ---------------------------------------------------------------- words for people and times

    private List<String> people(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    out.add(person(id.strip(), true));
                }
            }
        }
        return out;
    }

    /** A candidate group, a recipient or an assignee, in words: "Thủ trưởng đơn vị", "Lãnh đạo Bộ", "người trong biến owner". */
    private String person(String id, boolean group) {
        Matcher unit = UNIT_GROUP.matcher(id);
        if (unit.matches()) {
            return text("reference.who.unit-" + unit.group(1));
        }
        Matcher variable = VARIABLE.matcher(id);
        if (variable.matches()) {
            return messages.getMessage("reference.who.variable." + variable.group(1), null,
                    text("reference.who.variable", variable.group(1)), locale());
        }
        if (group) {
            return messages.getMessage("reference.who.group." + id, null, text("reference.who.group", id), locale());
        }
        return text("reference.who.user", id);
    }

    /** When a timer fires, in words: a setting's value, or the variable an earlier step computed. */
    private String resolve(String expression) {
        Matcher setting = SETTING.matcher(expression);
        if (setting.matches() && beans.containsBean(setting.group(1))) {
            try {
                Object bean = beans.getBean(setting.group(1));
                ConfigurationProperties properties =
                        AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean), ConfigurationProperties.class);
                String prefix = properties == null ? setting.group(1) : properties.value().isEmpty()
                        ? properties.prefix() : properties.value();
                Object value = new BeanWrapperImpl(bean).getPropertyValue(setting.group(2));
                return text("reference.timer.setting", prefix + "." + kebab(setting.group(2)), String.valueOf(value));
            } catch (RuntimeException notAProperty) {
                return expression;
            }
        }
        Matcher variable = VARIABLE.matcher(expression);
        if (variable.matches()) {
            return messages.getMessage("reference.timer.variable." + variable.group(1), null,
                    text("reference.timer.variable", variable.group(1)), locale());
        }
        return expression.contains("${") ? text("reference.timer.expression") : expression;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
