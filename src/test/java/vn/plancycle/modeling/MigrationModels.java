package vn.plancycle.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;

/**
 * Version 2 of the shipped {@code plan-task} model, built in the test from {@code processes/plan-task.bpmn} with
 * Camunda's model API (so lint fixes to the file do not break the tests): a non-interrupting timer on the
 * carry-out task ("Thực hiện và báo cáo kết quả nhiệm vụ") leads to a "Gửi nhắc việc" step configured as the
 * other reminders are (send-notification delegate, the owner, template task-reminder). Optionally the head's
 * extension decision is removed, so that an instance waiting there cannot move.
 */
public final class MigrationModels {

    public static final String RESOURCE = "plan-task.bpmn";
    public static final List<String> FORMS = List.of("plan-task-carry-out.form", "plan-task-extension.form",
            "plan-task-acceptance.form");

    public static final String TIMER_REMINDER = "BoundaryEvent_CarryOutReminderDue";
    public static final String TASK_SEND_REMINDER = "Task_SendCarryOutReminder";
    public static final String END_REMINDED = "EndEvent_CarryOutReminded";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String REMINDER_DELAY = "P10D";

    private MigrationModels() {
    }

    public static BpmnModelInstance shipped() {
        try (InputStream in = MigrationModels.class.getClassLoader().getResourceAsStream("processes/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shipped form's content ({@code forms/<name>}). */
    public static byte[] form(String name) {
        return bytes("forms/" + name);
    }

    public static byte[] bytes(String classpathResource) {
        try (InputStream in = MigrationModels.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException(classpathResource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped model plus the reminder step; without the head's extension decision if {@code removeDecision}. */
    public static BpmnModelInstance version2(boolean removeDecision) {
        BpmnModelInstance model = shipped();
        UserTask carryOut = model.getModelElementById("Task_CarryOut");
        SubProcess scope = (SubProcess) carryOut.getParentElement();

        BoundaryEvent timer = add(model, scope, BoundaryEvent.class, TIMER_REMINDER, "Đến hạn nhắc việc");
        timer.setAttachedTo(carryOut);
        timer.setCancelActivity(false);
        TimerEventDefinition definition = model.newInstance(TimerEventDefinition.class);
        definition.setId("TimerEventDefinition_CarryOutReminderDue");
        TimeDuration duration = model.newInstance(TimeDuration.class);
        duration.setTextContent(REMINDER_DELAY);
        definition.setTimeDuration(duration);
        timer.getEventDefinitions().add(definition);

        ServiceTask send = add(model, scope, ServiceTask.class, TASK_SEND_REMINDER, "Gửi nhắc việc");
        send.setCamundaAsyncBefore(true);
        send.setCamundaDelegateExpression("${sendNotificationDelegate}");
        ExtensionElements extensions = model.newInstance(ExtensionElements.class);
        CamundaFailedJobRetryTimeCycle retry = model.newInstance(CamundaFailedJobRetryTimeCycle.class);
        retry.setTextContent("${processSettings.notificationRetryCycle}");
        extensions.addChildElement(retry);
        CamundaInputOutput io = model.newInstance(CamundaInputOutput.class);
        io.addChildElement(input(model, "recipients", "${owner}"));
        io.addChildElement(input(model, "template", "task-reminder"));
        extensions.addChildElement(io);
        send.setExtensionElements(extensions);

        EndEvent end = add(model, scope, EndEvent.class, END_REMINDED, "Đã gửi nhắc việc");
        connect(model, scope, "SequenceFlow_CarryOutReminderDue", timer, send);
        connect(model, scope, "SequenceFlow_CarryOutReminderSent", send, end);

        if (removeDecision) {
            UserTask decide = model.getModelElementById(TASK_DECIDE_EXTENSION);
            SequenceFlow in = decide.getIncoming().iterator().next();
            SequenceFlow out = decide.getOutgoing().iterator().next();
            FlowNode next = out.getTarget();
            next.getIncoming().remove(out);
            remove(model, out);
            in.setTarget(next);
            next.getIncoming().add(in);
            remove(model, decide);
        }
        Bpmn.validateModel(model);
        return model;
    }

    private static <T extends BaseElement> T add(BpmnModelInstance model, SubProcess scope, Class<T> type, String id,
            String name) {
        T element = model.newInstance(type);
        element.setId(id);
        element.setAttributeValue("name", name);
        scope.addChildElement(element);
        return element;
    }

    private static CamundaInputParameter input(BpmnModelInstance model, String name, String value) {
        CamundaInputParameter parameter = model.newInstance(CamundaInputParameter.class);
        parameter.setCamundaName(name);
        parameter.setTextContent(value);
        return parameter;
    }

    private static void connect(BpmnModelInstance model, SubProcess scope, String id, FlowNode from, FlowNode to) {
        SequenceFlow flow = model.newInstance(SequenceFlow.class);
        flow.setId(id);
        scope.addChildElement(flow);
        flow.setSource(from);
        flow.setTarget(to);
        from.getOutgoing().add(flow);
        to.getIncoming().add(flow);
    }

    /** Removes the element and its diagram shape or edge. */
    private static void remove(BpmnModelInstance model, BaseElement element) {
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() == element) {
                shape.getParentElement().removeChildElement(shape);
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() == element) {
                edge.getParentElement().removeChildElement(edge);
            }
        }
        element.getParentElement().removeChildElement(element);
    }
}
