package vn.plancycle.execution;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.PlanDirectory;
import vn.plancycle.plan.PlanService;
import vn.plancycle.plan.PlanTask;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.web.Upload;

/**
 * Execution of plan tasks: progress, evidence, reporting the result, extension requests (the owner's
 * side, unit-scoped like {@link PlanService}: the unit's staff and head write, reviewers and leaders
 * read) and the changes the {@code plan-task} process makes (methods taking a task id without a user).
 * Times are the engine's clock, so that a task's status follows the process's timers.
 */
@Service
@Transactional(readOnly = true)
public class ExecutionService {

    static final int NAME_MAX = Upload.NAME_MAX;
    static final int URL_MAX = 2000;

    private final TaskExecutionRepository executions;
    private final TaskProgressRepository progress;
    private final TaskEvidenceRepository evidence;
    private final TaskExtensionRepository extensions;
    private final PlanTaskLookup planTasks;
    private final PlanDirectory directory;
    private final PlanTaskWorkflow workflow;
    private final ExecutionSettings settings;
    private final CurrentUserService currentUser;

    public ExecutionService(TaskExecutionRepository executions, TaskProgressRepository progress,
            TaskEvidenceRepository evidence, TaskExtensionRepository extensions, PlanTaskLookup planTasks,
            PlanDirectory directory, PlanTaskWorkflow workflow, ExecutionSettings settings,
            CurrentUserService currentUser) {
        this.executions = executions;
        this.progress = progress;
        this.evidence = evidence;
        this.extensions = extensions;
        this.planTasks = planTasks;
        this.directory = directory;
        this.workflow = workflow;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), PlanService.ZONE);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    static String display(LocalDate date) {
        return date == null ? "" : PlanTexts.DATE.format(date);
    }

    // ---------------------------------------------------------------- reading (pages, API)

    /** The unit's tasks of the year in execution, in plan order, filtered (null filters match all). */
    public List<TaskView> list(String unitCode, int year, TaskGroup group, String owner, TaskStatus status) {
        String unit = normalise(unitCode);
        currentUser.requireUnitAccess(unit);
        List<TaskExecution> found = executions.findByUnitCodeAndYear(unit, year);
        Map<Long, PlanTask> tasks = planTasks.findAllByIds(found.stream().map(TaskExecution::getPlanTaskId).toList())
                .stream().collect(Collectors.toMap(PlanTask::getId, Function.identity()));
        Map<String, String> names = directory.fullNames(owners(tasks.values()));
        LocalDate today = today();
        return found.stream().map(e -> view(e, tasks.get(e.getPlanTaskId()), names, today))
                .filter(v -> group == null || v.group() == group)
                .filter(v -> owner == null || owner.isBlank() || owner.strip().equals(v.owner()))
                .filter(v -> status == null || v.status() == status)
                .sorted(Comparator.comparingInt(TaskView::position)).toList();
    }

    /** One task with its history (unit-scoped). */
    public TaskView.Detail detail(long taskId) {
        TaskExecution e = readable(taskId);
        return new TaskView.Detail(view(e), progress.findByPlanTaskIdOrderByRecordedAtAscIdAsc(taskId),
                evidence.infos(taskId), extensions.findByPlanTaskIdOrderByRequestedAtAscIdAsc(taskId));
    }

    /** An evidence file of the task (unit-scoped). */
    public TaskEvidence evidenceFile(long taskId, long evidenceId) {
        readable(taskId);
        return evidence.findByIdAndPlanTaskId(evidenceId, taskId)
                .orElseThrow(() -> ExecutionRefusedException.notFound("execution.error.evidenceNotFound", evidenceId));
    }

    /** The task as the process's approval steps show it; no unit check (the caller found it under authorization). */
    public TaskView.Detail detailForProcess(long taskId) {
        TaskExecution e = execution(taskId);
        return new TaskView.Detail(view(e), progress.findByPlanTaskIdOrderByRecordedAtAscIdAsc(taskId),
                evidence.infos(taskId), extensions.findByPlanTaskIdOrderByRequestedAtAscIdAsc(taskId));
    }

    // ---------------------------------------------------------------- the owner's side (pages, API)

    /** Records progress (0–100 %) with an optional note; the task must be in the owner's hands. */
    @Transactional
    public TaskView recordProgress(long taskId, Integer percent, String note) {
        CurrentUser user = writer(taskId);
        TaskExecution e = lockedWorking(taskId);
        if (percent == null || percent < 0 || percent > 100) {
            throw ExecutionRefusedException.badRequest("bad_progress", "execution.error.progress");
        }
        String text = text(note, TaskExecution.NOTE_MAX, "execution.error.noteTooLong");
        LocalDateTime now = now();
        e.recordProgress(percent, text, now);
        progress.save(new TaskProgress(taskId, percent, text, user.username(), now));
        return view(e);
    }

    /** Attaches a file after checking its type and size; a refused file changes nothing. */
    @Transactional
    public EvidenceInfo addFile(long taskId, String fileName, String contentType, byte[] content) {
        CurrentUser user = writer(taskId);
        lockedOpen(taskId);
        Upload file = Upload.of(fileName, contentType, content);
        Upload.Problem problem = file.problem(settings.getMaxEvidenceBytes(), settings.getAllowedEvidenceTypes());
        if (problem != null) {
            throw ExecutionRefusedException.badRequest(problem.error(), "execution.error." + problem.key(),
                    problem.args());
        }
        TaskEvidence saved = evidence.save(TaskEvidence.file(taskId, file.name(), file.contentType(), file.content(),
                user.username(), now()));
        return info(saved);
    }

    /** Attaches a link (http or https) with an optional name. */
    @Transactional
    public EvidenceInfo addLink(long taskId, String name, String url) {
        CurrentUser user = writer(taskId);
        lockedOpen(taskId);
        String link = url == null ? "" : url.strip();
        if (link.isEmpty() || link.length() > URL_MAX || !isWebLink(link)) {
            throw ExecutionRefusedException.badRequest("bad_link", "execution.error.link");
        }
        String label = name == null || name.isBlank() ? link : name.strip();
        if (label.length() > NAME_MAX) {
            label = label.substring(0, NAME_MAX);
        }
        return info(evidence.save(TaskEvidence.link(taskId, label, link, user.username(), now())));
    }

    /** The owner reports the result: the carry-out step completes and the result goes to the head. */
    @Transactional
    public TaskView reportDone(long taskId) {
        writer(taskId);
        lockedWorking(taskId);
        if (!workflow.completeCarryOut(taskId)) {
            throw ExecutionRefusedException.conflict("not_waiting", "execution.error.notWorking");
        }
        return view(execution(taskId));
    }

    /** Asks the head for a new deadline, later than the current one, with a reason. One request at a time. */
    @Transactional
    public TaskExtension requestExtension(long taskId, LocalDate newDueDate, String reason) {
        CurrentUser user = writer(taskId);
        TaskExecution e = lockedWorking(taskId);
        if (newDueDate == null || !newDueDate.isAfter(e.getCurrentDueDate())) {
            throw ExecutionRefusedException.badRequest("bad_date", "execution.error.extensionDate",
                    display(e.getCurrentDueDate()));
        }
        String why = text(reason, TaskExecution.NOTE_MAX, "execution.error.reasonTooLong");
        if (why == null) {
            throw ExecutionRefusedException.badRequest("reason_required", "execution.error.reasonRequired");
        }
        if (extensions.findFirstByPlanTaskIdAndDecision(taskId, TaskExtension.Decision.PENDING).isPresent()) {
            throw ExecutionRefusedException.conflict("extension_pending", "execution.error.extensionPending");
        }
        TaskExtension request = extensions.saveAndFlush(new TaskExtension(taskId, e.getCurrentDueDate(), newDueDate,
                why, user.username(), now()));
        if (!workflow.requestExtension(request)) {
            throw ExecutionRefusedException.conflict("not_waiting", "execution.error.notWorking");
        }
        return request;
    }

    // ---------------------------------------------------------------- the process's steps (delegates)

    /** The deadline the process's timers follow. */
    public LocalDate currentDueDate(long taskId) {
        return execution(taskId).getCurrentDueDate();
    }

    @Transactional
    public void markReported(long taskId) {
        executions.findByIdForUpdate(taskId).orElseThrow(() -> missing(taskId)).markReported(now());
    }

    /** The head accepted the result; returns its status (done on time or late). */
    @Transactional
    public TaskStatus markAccepted(long taskId, String by) {
        TaskExecution e = executions.findByIdForUpdate(taskId).orElseThrow(() -> missing(taskId));
        e.markAccepted(by, now());
        return e.status(today());
    }

    @Transactional
    public void markReturned(long taskId, String comment) {
        executions.findByIdForUpdate(taskId).orElseThrow(() -> missing(taskId)).markReturned(comment);
    }

    /** The head granted the request: the task's deadline moves (the original stays recorded). */
    @Transactional
    public TaskExtension grantExtension(long requestId, String comment, String by) {
        TaskExtension request = extensions.findById(requestId)
                .orElseThrow(() -> new IllegalStateException("no extension request " + requestId));
        request.decide(TaskExtension.Decision.GRANTED, comment, by, now());
        executions.findByIdForUpdate(request.getPlanTaskId()).orElseThrow(() -> missing(request.getPlanTaskId()))
                .moveDeadline(request.getRequestedDate());
        return request;
    }

    @Transactional
    public TaskExtension refuseExtension(long requestId, String comment, String by) {
        TaskExtension request = extensions.findById(requestId)
                .orElseThrow(() -> new IllegalStateException("no extension request " + requestId));
        request.decide(TaskExtension.Decision.REFUSED, comment, by, now());
        return request;
    }

    // ---------------------------------------------------------------- helpers

    private TaskExecution execution(long taskId) {
        return executions.findById(taskId).orElseThrow(() -> missing(taskId));
    }

    private static IllegalStateException missing(long taskId) {
        return new IllegalStateException("no execution of plan task " + taskId);
    }

    /** The task's execution, if the user may see its unit; 404 when there is none. */
    private TaskExecution readable(long taskId) {
        TaskExecution e = executions.findById(taskId)
                .orElseThrow(() -> ExecutionRefusedException.notFound("execution.error.taskNotFound", taskId));
        currentUser.requireUnitAccess(e.getUnitCode());
        return e;
    }

    /** Unit members (staff, head) and administrators change a task; reviewers and leaders only read. */
    private CurrentUser writer(long taskId) {
        TaskExecution e = readable(taskId);
        CurrentUser user = currentUser.current();
        if (!user.isMemberOf(e.getUnitCode()) && !user.isAdmin()) {
            throw new AccessDeniedException("task " + taskId + " is not writable by " + user.username());
        }
        return user;
    }

    private TaskExecution lockedWorking(long taskId) {
        TaskExecution e = executions.findByIdForUpdate(taskId).orElseThrow(() -> missing(taskId));
        if (!e.isWorking()) {
            throw ExecutionRefusedException.conflict("not_working", "execution.error.notWorking");
        }
        return e;
    }

    /** Evidence may be added until the head accepts the result. */
    private TaskExecution lockedOpen(long taskId) {
        TaskExecution e = executions.findByIdForUpdate(taskId).orElseThrow(() -> missing(taskId));
        if (e.getStage() == TaskStage.ACCEPTED) {
            throw ExecutionRefusedException.conflict("task_accepted", "execution.error.accepted");
        }
        return e;
    }

    private TaskView view(TaskExecution e) {
        PlanTask task = planTasks.findWithPlan(e.getPlanTaskId()).orElseThrow(() -> missing(e.getPlanTaskId()));
        return view(e, task, directory.fullNames(owners(List.of(task))), today());
    }

    private static TaskView view(TaskExecution e, PlanTask t, Map<String, String> names, LocalDate today) {
        return new TaskView(e.getPlanTaskId(), e.getPlanId(), e.getUnitCode(), e.getYear(), t.getPosition(),
                t.getTitle(), t.getGroup(), t.getDeliverable(), t.getOwnerUsername(), names.get(t.getOwnerUsername()),
                e.getOriginalDueDate(), e.getCurrentDueDate(), e.getProgressPercent(), e.getLastNote(), e.getStage(),
                e.status(today), e.getStartedAt(), e.getReportedDoneAt(), e.getAcceptedAt(), e.getAcceptedBy(),
                e.getReturnCount(), e.getLastReturnComment());
    }

    private static Set<String> owners(java.util.Collection<PlanTask> tasks) {
        Set<String> owners = new HashSet<>();
        tasks.forEach(t -> {
            if (t.getOwnerUsername() != null) {
                owners.add(t.getOwnerUsername());
            }
        });
        return owners;
    }

    private static EvidenceInfo info(TaskEvidence e) {
        return new EvidenceInfo(e.getId(), e.getKind(), e.getName(), e.getContentType(), e.getSizeBytes(), e.getUrl(),
                e.getUploadedBy(), e.getUploadedAt());
    }

    private static String text(String value, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw ExecutionRefusedException.badRequest("too_long", tooLongKey, max);
        }
        return text;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String unitCode) {
        return unitCode == null ? "" : unitCode.strip().toLowerCase(Locale.ROOT);
    }
}
