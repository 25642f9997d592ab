package vn.plancycle.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.plan.PlanDirectory;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * The reporting pages: {@code /reports} (the ministry's cycles, or the unit's reports),
 * {@code /reports/cycles/new} (a reviewer opens a thematic, ad-hoc or periodic cycle),
 * {@code /reports/cycles/{id}} (the consolidation with its xlsx and docx exports) and
 * {@code /reports/{id}} (a unit's report: figures, narrative, files; sent to the head from here).
 * Refusals re-render the form with the reason and what was typed, and change nothing; the head signs
 * and the reviewers review on {@code /approvals}.
 */
@Controller
public class ReportingController {

    static final String LIST = "reporting/list";
    static final String NEW = "reporting/new";
    static final String CYCLE = "reporting/cycle";
    static final String REPORT = "reporting/report";
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportingService reporting;
    private final UnitReportService reports;
    private final Consolidation consolidation;
    private final ConsolidationExport export;
    private final PlanDirectory directory;
    private final PlanTexts texts;
    private final CurrentUserService currentUser;

    public ReportingController(ReportingService reporting, UnitReportService reports, Consolidation consolidation,
            ConsolidationExport export, PlanDirectory directory, PlanTexts texts, CurrentUserService currentUser) {
        this.reporting = reporting;
        this.reports = reports;
        this.consolidation = consolidation;
        this.export = export;
        this.directory = directory;
        this.texts = texts;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- lists

    /** The ministry sees the cycles; a unit member sees the unit's reports. */
    @GetMapping("/reports")
    public String list(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = currentUser.current();
        if (UnitReportService.mayReadCycles(user)) {
            model.addAttribute("cycles", reports.cycleRows(reporting.cycles(year)));
            model.addAttribute("canOpen", user.isReviewer());
            model.addAttribute("statuses", ReportStatus.values());
            model.addAttribute("year", year);
        } else {
            String unit = user.unitCode();
            if (unit == null) {
                throw new org.springframework.security.access.AccessDeniedException("no unit: " + user.username());
            }
            model.addAttribute("unit", directory.unit(unit).orElseThrow());
            model.addAttribute("unitReports", reports.unitReports(unit));
        }
        return LIST;
    }

    // ---------------------------------------------------------------- opening a cycle

    @GetMapping("/reports/cycles/new")
    public String newCycle(Model model) {
        reports.requireCycleOpener();
        return form(model, new CycleForm("requested", ReportKind.AD_HOC.name(), "", "", List.of(), List.of(),
                String.valueOf(ExecutionService.today().getYear()), ""));
    }

    @PostMapping("/reports/cycles")
    public String open(@RequestParam(defaultValue = "requested") String form,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueDate, @RequestParam(required = false) List<String> groups,
            @RequestParam(required = false) List<String> units, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = reports.requireCycleOpener();
        CycleForm typed = new CycleForm(form, kind, title, dueDate, groups == null ? List.of() : groups,
                units == null ? List.of() : units, year, period);
        OpenCycleRequest request;
        try {
            request = typed.periodic()
                    ? new OpenCycleRequest(parseYear(year), period, null, null, null, null, null)
                    : new OpenCycleRequest(ExecutionService.today().getYear(), null, kind, title,
                            parseDate(dueDate), typed.groups(), typed.units());
        } catch (ApiException e) {
            return refusedForm(e, typed, model, response);
        }
        try {
            OpenResult result = reporting.open(request, user.username());
            redirect.addFlashAttribute("message", texts.text(result.created() ? "reporting.flash.opened"
                    : "reporting.flash.alreadyOpen", result.cycle().getTitle()));
            return "redirect:/reports/cycles/" + result.cycle().getId();
        } catch (ApiException e) {
            return refusedForm(e, typed, model, response);
        }
    }

    // ---------------------------------------------------------------- consolidation

    @GetMapping("/reports/cycles/{id}")
    public String cycle(@PathVariable long id, Model model) {
        reports.cycle(id);
        Consolidation.CycleOverview overview = consolidation.overview(id);
        model.addAttribute("overview", overview);
        model.addAttribute("c", overview.cycle());
        model.addAttribute("figures", overview.groups().stream().map(ReportView.FigureRow::of).toList());
        model.addAttribute("total", ReportView.FigureRow.of(overview.total()));
        return CYCLE;
    }

    @GetMapping("/reports/cycles/{id}/export.xlsx")
    public ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        ReportingCycle c = reports.cycle(id);
        return download(export.xlsx(id), XLSX, exportName(c, "xlsx"));
    }

    @GetMapping("/reports/cycles/{id}/export.docx")
    public ResponseEntity<byte[]> docx(@PathVariable long id) {
        ReportingCycle c = reports.cycle(id);
        return download(export.docx(id), DOCX, exportName(c, "docx"));
    }

    // ---------------------------------------------------------------- a unit's report

    @GetMapping("/reports/{id}")
    public String report(@PathVariable long id, Model model) {
        return render(id, model);
    }

    /** Saves the sections ({@code action=save}) or saves them and sends the report to the head ({@code send}). */
    @PostMapping("/reports/{id}")
    public String write(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) String results, @RequestParam(required = false) String shortcomings,
            @RequestParam(required = false) String nextTasks, @RequestParam(required = false) String proposals,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ReportSections sections = new ReportSections(results, shortcomings, nextTasks,
                proposals);
        try {
            if ("send".equals(action)) {
                reports.sendToHead(id, sections);
                redirect.addFlashAttribute("message", texts.text("reporting.flash.sent"));
            } else {
                reports.save(id, sections);
                redirect.addFlashAttribute("message", texts.text("reporting.flash.saved"));
            }
            return "redirect:/reports/" + id;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("typed", sections);
            return refused(id, e, model, response);
        }
    }

    @PostMapping("/reports/{id}/attachments")
    public String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            ReportView.Attachment saved = reports.addAttachment(id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("message", texts.text("reporting.flash.file", saved.name()));
            return "redirect:/reports/" + id;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            return refused(id, e, model, response);
        }
    }

    @GetMapping("/reports/{id}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        ReportAttachment a = reports.attachment(id, attachmentId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(a.getContentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return download(a.getContent(), type, a.getName());
    }

    /** A report or cycle that does not exist is a "not found" page. */
    @ExceptionHandler(ApiException.class)
    String missing(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        return "error";
    }

    // ---------------------------------------------------------------- helpers

    /** What the reviewer typed in the cycle form. */
    public record CycleForm(String form, String kind, String title, String dueDate, List<String> groups,
            List<String> units, String year, String period) {

        public boolean periodic() {
            return "periodic".equals(form);
        }
    }

    private String form(Model model, CycleForm typed) {
        model.addAttribute("f", typed);
        model.addAttribute("kinds", List.of(ReportKind.AD_HOC, ReportKind.THEMATIC));
        model.addAttribute("periods", ReportingPeriod.values());
        model.addAttribute("groups", TaskGroup.values());
        model.addAttribute("units", directory.activeUnits());
        model.addAttribute("minDueDate", ExecutionService.today().plusDays(1));
        return NEW;
    }

    private String refusedForm(ApiException e, CycleForm typed, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", texts.text(e.messageKey(), e.args()));
        return form(model, typed);
    }

    private String refused(long id, ApiException e, Model model, HttpServletResponse response) {
        String page = render(id, model);
        response.setStatus(e.status().value());
        model.addAttribute("error", texts.text(e.messageKey(), e.args()));
        return page;
    }

    private String render(long id, Model model) {
        ReportView view = reports.report(id);
        model.addAttribute("v", view);
        model.addAttribute("r", view.report());
        if (!model.containsAttribute("typed")) {
            UnitReport r = view.report();
            model.addAttribute("typed", new ReportSections(r.getResults(), r.getShortcomings(),
                    r.getNextTasks(), r.getProposals()));
        }
        model.addAttribute("sectionMax", UnitReport.SECTION_MAX);
        model.addAttribute("maxMegabytes", reports.maxMegabytes());
        model.addAttribute("allowedTypes", reports.allowedTypes());
        model.addAttribute("accept", reports.acceptAttribute());
        return REPORT;
    }

    private static Integer parseYear(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_year", "reporting.error.badYear");
        }
    }

    private static LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("bad_date", "reporting.error.badDate");
        }
    }

    /** {@code bao-cao-tong-hop-CYCLE-2026-Q1.xlsx}: ASCII, so every browser keeps it as it is. */
    static String exportName(ReportingCycle c, String extension) {
        return "bao-cao-tong-hop-" + c.getBusinessKey() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
