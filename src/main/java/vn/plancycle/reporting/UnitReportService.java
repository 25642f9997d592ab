package vn.plancycle.reporting;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.PlanDirectory;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;
import vn.plancycle.web.Upload;

/**
 * A unit's report on the pages: who may read it (the unit's members, the ministry's reviewers and
 * leaders, administrators), who may change it (the unit's staff and head, while it is in the unit's
 * hands), the narrative sections and files (validated: a refusal changes nothing), and sending it to
 * the head. Also the access rules of the cycle pages.
 */
@Service
@Transactional(readOnly = true)
public class UnitReportService {


    private final UnitReportRepository reports;
    private final ReportingCycleRepository cycles;
    private final ReportGroupFigureRepository figures;
    private final ReportTaskLineRepository lines;
    private final ReportAttachmentRepository attachments;
    private final ReportingWorkflow workflow;
    private final ReportingSettings settings;
    private final PlanDirectory directory;
    private final CurrentUserService currentUser;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ReportClock clock;

    public UnitReportService(UnitReportRepository reports, ReportingCycleRepository cycles,
            ReportGroupFigureRepository figures, ReportTaskLineRepository lines, ReportAttachmentRepository attachments,
            ReportingWorkflow workflow, ReportingSettings settings, PlanDirectory directory,
            CurrentUserService currentUser, JdbcTemplate jdbc, EntityManager entityManager, ReportClock clock) {
        this.reports = reports;
        this.cycles = cycles;
        this.figures = figures;
        this.lines = lines;
        this.attachments = attachments;
        this.workflow = workflow;
        this.settings = settings;
        this.directory = directory;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }


    // ---------------------------------------------------------------- access

    /** The cycles and their consolidation: the ministry's reviewers and leaders, and administrators. */
    public CurrentUser requireCycleReader() {
        CurrentUser user = currentUser.current();
        if (!mayReadCycles(user)) {
            throw new AccessDeniedException("reporting cycles are not readable by " + user.username());
        }
        return user;
    }

    /** Opening a thematic, ad-hoc or periodic cycle: the ministry's reviewers only. */
    public CurrentUser requireCycleOpener() {
        CurrentUser user = currentUser.current();
        if (!user.isReviewer()) {
            throw new AccessDeniedException("reporting cycles are not opened by " + user.username());
        }
        return user;
    }

    public static boolean mayReadCycles(CurrentUser user) {
        return user.isReviewer() || user.isLeader() || user.isAdmin();
    }

    // ---------------------------------------------------------------- reading

    /** The cycle (reviewers, leaders, administrators); 404 when there is none. */
    public ReportingCycle cycle(long cycleId) {
        requireCycleReader();
        return cycles.require(cycleId);
    }

    /** The cycles with the number of unit reports in each state (and late ones). */
    public List<ReportView.CycleRow> cycleRows(List<ReportingCycle> list) {
        requireCycleReader();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ReportStatus, Long>> counts = new HashMap<>();
        Map<Long, Long> late = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("select r.cycleId, r.status, count(r), "
                + "sum(case when r.late = true then 1 else 0 end) from UnitReport r where r.cycleId in :ids "
                + "group by r.cycleId, r.status", Object[].class)
                .setParameter("ids", list.stream().map(ReportingCycle::getId).toList()).getResultList();
        for (Object[] row : rows) {
            Long cycleId = (Long) row[0];
            counts.computeIfAbsent(cycleId, k -> new EnumMap<>(ReportStatus.class))
                    .put((ReportStatus) row[1], ((Number) row[2]).longValue());
            late.merge(cycleId, row[3] == null ? 0L : ((Number) row[3]).longValue(), Long::sum);
        }
        return list.stream().map(c -> new ReportView.CycleRow(c,
                counts.getOrDefault(c.getId(), Map.of()), late.getOrDefault(c.getId(), 0L))).toList();
    }

    /** The unit's reports, newest first (the unit's members and the ministry). */
    public List<ReportView.Row> unitReports(String unitCode) {
        String unit = unitCode == null ? "" : unitCode.strip().toLowerCase(Locale.ROOT);
        currentUser.requireUnitAccess(unit);
        List<UnitReport> found = reports.findByUnitCodeOrderByIdDesc(unit);
        Map<Long, ReportingCycle> byId = cycles.findAllById(found.stream().map(UnitReport::getCycleId).distinct()
                .toList()).stream().collect(Collectors.toMap(ReportingCycle::getId, Function.identity()));
        return found.stream().map(r -> {
            ReportingCycle c = byId.get(r.getCycleId());
            return new ReportView.Row(r.getId(), c.getTitle(), c.getKind(), c.getCutOff(), r.getDueDate(),
                    r.getStatus(), r.isLate());
        }).toList();
    }

    /** One report as its page shows it; 403 for another unit's members, 404 when there is none. */
    public ReportView report(long reportId) {
        UnitReport report = readable(reportId);
        return view(report, currentUser.current().isMemberOf(report.getUnitCode()) && report.isEditable());
    }

    /** The report as the approval page shows it; no unit check (the caller found its task under authorization). */
    public ReportView reportForProcess(long reportId) {
        return view(reports.require(reportId), false);
    }

    /** A file of the report (whoever may read the report). */
    public ReportAttachment attachment(long reportId, long attachmentId) {
        readable(reportId);
        return attachments.findByIdAndReportId(attachmentId, reportId)
                .orElseThrow(() -> ApiException.notFound("reporting.error.attachmentNotFound", attachmentId));
    }

    // ---------------------------------------------------------------- the unit's side

    /** Saves the narrative sections (draft). */
    @Transactional
    public ReportView save(long reportId, ReportSections sections) {
        UnitReport report = writable(reportId);
        write(report, sections);
        return view(report, true);
    }

    /**
     * Saves the sections and sends the report to the head: the write step of {@code unit-report}
     * completes. Refused (nothing saved) when the report is incomplete or not waiting for its writers.
     */
    @Transactional
    public void sendToHead(long reportId, ReportSections sections) {
        UnitReport report = writable(reportId);
        write(report, sections);
        reports.saveAndFlush(report);
        // ReportingWorkflow refuses an incomplete report (400); the transaction then keeps nothing
        if (!workflow.sendToHead(reportId, currentUser.current().username())) {
            throw new ApiException(HttpStatus.CONFLICT, "not_waiting", "reporting.error.notWaiting");
        }
    }

    /** Attaches a file after checking its type and size; a refused file changes nothing. */
    @Transactional
    public ReportView.Attachment addAttachment(long reportId, String fileName, String contentType, byte[] content) {
        UnitReport report = writable(reportId);
        Upload file = Upload.of(fileName, contentType, content);
        Upload.Problem problem = file.problem(settings.getMaxAttachmentBytes(), settings.getAllowedAttachmentTypes());
        if (problem != null) {
            throw ApiException.badRequest(problem.error(), "reporting.error." + problem.key(), problem.args());
        }
        ReportAttachment saved = attachments.save(new ReportAttachment(report.getId(), file.name(),
                file.contentType(), file.content(), currentUser.current().username(), now()));
        return info(saved);
    }

    public String allowedTypes() {
        return String.join(", ", settings.getAllowedAttachmentTypes());
    }

    /** The file input's {@code accept}: the allowed extensions. */
    public String acceptAttribute() {
        return settings.getAllowedAttachmentTypes().stream().map(t -> "." + t).collect(Collectors.joining(","));
    }

    public String maxMegabytes() {
        return Upload.megabytes(settings.getMaxAttachmentBytes());
    }

    // ---------------------------------------------------------------- helpers

    private UnitReport readable(long reportId) {
        UnitReport report = reports.require(reportId);
        currentUser.requireUnitAccess(report.getUnitCode());
        return report;
    }

    /** The unit's staff and head change their report while it is in the unit's hands. */
    private UnitReport writable(long reportId) {
        UnitReport report = readable(reportId);
        CurrentUser user = currentUser.current();
        if (!user.isMemberOf(report.getUnitCode())) {
            throw new AccessDeniedException("report " + reportId + " is not writable by " + user.username());
        }
        if (!report.isEditable()) {
            throw new ApiException(HttpStatus.CONFLICT, "not_editable", "reporting.error.notEditable");
        }
        return report;
    }

    private void write(UnitReport report, ReportSections sections) {
        ReportSections checked = sections.checked();
        report.write(checked.results(), checked.shortcomings(), checked.nextTasks(), checked.proposals(),
                currentUser.current().username(), now());
    }

    private ReportView view(UnitReport report, boolean editable) {
        ReportingCycle cycle = cycles.require(report.getCycleId());
        String unitName = directory.unit(report.getUnitCode()).map(PlanDirectory.UnitRef::name)
                .orElse(report.getUnitCode());
        return new ReportView(report, cycle, unitName, figures.findByReportIdOrderByTaskGroupAsc(report.getId()),
                lines.findByReportIdOrderByPositionAsc(report.getId()), attachmentInfos(report.getId()), editable);
    }

    private List<ReportView.Attachment> attachmentInfos(long reportId) {
        return jdbc.query("SELECT id, name, content_type, size_bytes, uploaded_by, uploaded_at FROM report_attachment "
                + "WHERE report_id = ? ORDER BY uploaded_at, id", (rs, i) -> new ReportView.Attachment(rs.getLong("id"),
                        rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime()), reportId);
    }

    private static ReportView.Attachment info(ReportAttachment a) {
        return new ReportView.Attachment(a.getId(), a.getName(), a.getContentType(), a.getSizeBytes(),
                a.getUploadedBy(), a.getUploadedAt());
    }

    private LocalDateTime now() {
        return clock.now();
    }
}
