package vn.plancycle.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.plancycle.plan.TaskGroup;

/**
 * The task-execution API: a unit's tasks of a year with their status (filter by group, owner,
 * status), one task with its history, progress updates, evidence (a file as multipart part
 * {@code file}, or a link), reporting the result and asking for a new deadline. Refusals are
 * {@code {"error", "message"}} with a 4xx status.
 */
@RestController
@RequestMapping("/api/tasks")
public class TaskApiController {

    public record TaskJson(long id, long planId, String unit, int year, int position, String title, String group,
            String deliverable, String owner, String ownerName, LocalDate originalDueDate, LocalDate currentDueDate,
            boolean extended, int progressPercent, String lastNote, String stage, String status, String statusLabel,
            String colour, LocalDateTime startedAt, LocalDateTime reportedDoneAt, LocalDateTime acceptedAt,
            String acceptedBy, int returnCount, String lastReturnComment, String businessKey) {
    }

    public record ProgressJson(int percent, String note, String recordedBy, LocalDateTime recordedAt) {
    }

    public record ExtensionJson(long id, LocalDate previousDueDate, LocalDate requestedDate, String reason,
            String requestedBy, LocalDateTime requestedAt, String decision, String comment, String decidedBy,
            LocalDateTime decidedAt) {
    }

    public record DetailJson(TaskJson task, List<ProgressJson> progress, List<EvidenceInfo> evidence,
            List<ExtensionJson> extensions) {
    }

    public record ProgressRequest(Integer percent, String note) {
    }

    public record LinkRequest(String name, String url) {
    }

    public record ExtensionRequest(LocalDate newDueDate, String reason) {
    }

    private final ExecutionService executions;
    private final MessageSource messages;

    public TaskApiController(ExecutionService executions, MessageSource messages) {
        this.executions = executions;
        this.messages = messages;
    }

    @GetMapping("/{unit}/{year}")
    public List<TaskJson> list(@PathVariable String unit, @PathVariable int year,
            @RequestParam(required = false) String group, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status) {
        return executions.list(unit, year, parse(TaskGroup.class, group, "execution.error.badGroup"), owner,
                parse(TaskStatus.class, status, "execution.error.badStatus")).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    public DetailJson get(@PathVariable long id) {
        return json(executions.detail(id));
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    public ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        TaskEvidence e = executions.evidenceFile(id, evidenceId);
        if (e.getKind() == TaskEvidence.Kind.LINK) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, e.getUrl()).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.getName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(e.getContent());
    }

    @PostMapping("/{id}/progress")
    public TaskJson progress(@PathVariable long id, @RequestBody ProgressRequest body) {
        return json(executions.recordProgress(id, body.percent(), body.note()));
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceInfo upload(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        try {
            return executions.addFile(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/{id}/evidence/link")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceInfo link(@PathVariable long id, @RequestBody LinkRequest body) {
        return executions.addLink(id, body.name(), body.url());
    }

    @PostMapping("/{id}/done")
    public TaskJson done(@PathVariable long id) {
        return json(executions.reportDone(id));
    }

    @PostMapping("/{id}/extension")
    @ResponseStatus(HttpStatus.CREATED)
    public ExtensionJson extension(@PathVariable long id, @RequestBody ExtensionRequest body) {
        return json(executions.requestExtension(id, body.newDueDate(), body.reason()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ExecutionRefusedException.badRequest("bad_filter", messageKey);
        }
    }

    private TaskJson json(TaskView v) {
        return new TaskJson(v.taskId(), v.planId(), v.unitCode(), v.year(), v.position(), v.title(),
                v.group() == null ? null : v.group().name(), v.deliverable(), v.owner(), v.ownerName(),
                v.originalDueDate(), v.currentDueDate(), v.extended(), v.progressPercent(), v.lastNote(),
                v.stage().name(), v.status().name(),
                messages.getMessage(v.status().messageKey(), null, LocaleContextHolder.getLocale()),
                v.status().colour(), v.startedAt(), v.reportedDoneAt(), v.acceptedAt(), v.acceptedBy(),
                v.returnCount(), v.lastReturnComment(), PlanTaskProcess.businessKey(v.taskId()));
    }

    private DetailJson json(TaskView.Detail d) {
        return new DetailJson(json(d.task()),
                d.progress().stream().map(p -> new ProgressJson(p.getProgressPercent(), p.getNote(),
                        p.getRecordedBy(), p.getRecordedAt())).toList(),
                d.evidence(), d.extensions().stream().map(TaskApiController::json).toList());
    }

    private static ExtensionJson json(TaskExtension x) {
        return new ExtensionJson(x.getId(), x.getPreviousDueDate(), x.getRequestedDate(), x.getReason(),
                x.getRequestedBy(), x.getRequestedAt(), x.getDecision().name(), x.getDecisionComment(),
                x.getDecidedBy(), x.getDecidedAt());
    }
}
