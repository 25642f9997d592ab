package vn.plancycle.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.plancycle.execution.ExecutionService;
import vn.plancycle.execution.TaskStatus;
import vn.plancycle.plan.TaskGroup;
import vn.plancycle.reporting.ReportStatus;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * {@code /dashboard}: the ministry's dashboard for reviewers, leaders and administrators (a unit member lands on
 * the unit's page, anyone else is refused); {@code /dashboard/units/{code}}: one unit's, for its members and the
 * ministry. Filters are query parameters ({@code group}, {@code unit}, {@code page}, {@code year}).
 */
@Controller
public class DashboardController {

    static final String MINISTRY = "dashboard/ministry";
    static final String UNIT = "dashboard/unit";

    private final DashboardService dashboard;
    private final CurrentUserService currentUser;
    private final MessageSource messages;

    public DashboardController(DashboardService dashboard, CurrentUserService currentUser, MessageSource messages) {
        this.dashboard = dashboard;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    public String ministry(@RequestParam(required = false) Integer year, @RequestParam(required = false) String group,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = currentUser.current();
        if (!(user.isReviewer() || user.isLeader() || user.isAdmin())) {
            if (user.unitCode() != null) {
                return "redirect:/dashboard/units/" + user.unitCode() + (year == null ? "" : "?year=" + year);
            }
            throw new AccessDeniedException("dashboard: " + user.username());
        }
        TaskGroup taskGroup = group == null || group.isBlank() ? null : TaskGroup.parse(group)
                .orElseThrow(() -> ApiException.badRequest("bad_group", "dashboard.error.unknownGroup", group));
        DashboardService.MinistryView view = dashboard.ministry(year(year), taskGroup, unit, page);
        model.addAttribute("v", view);
        model.addAttribute("statuses", DashboardService.statuses());
        model.addAttribute("reportStatuses", ReportStatus.values());
        model.addAttribute("taskGroups", TaskGroup.values());
        model.addAttribute("charts", charts(view));
        return MINISTRY;
    }

    @GetMapping("/dashboard/units/{code}")
    public String unit(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        currentUser.requireUnitAccess(code);
        DashboardService.UnitView view = dashboard.unit(code, year(year));
        model.addAttribute("v", view);
        model.addAttribute("statuses", DashboardService.statuses());
        model.addAttribute("charts", Map.of("status", statusChart(view.unit().tasks()), "groups",
                groupChart(view.groups())));
        return UNIT;
    }

    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return "error";
    }

    private static int year(Integer year) {
        return year == null ? ExecutionService.today().getYear() : year;
    }

    // ---------------------------------------------------------------- chart data (dashboard.js draws it)

    private Map<String, Object> charts(DashboardService.MinistryView view) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("status", statusChart(view.totals()));
        charts.put("groups", groupChart(view.groups()));
        List<String> labels = new ArrayList<>();
        List<Object> scores = new ArrayList<>();
        view.units().forEach(u -> {
            labels.add(u.code());
            scores.add(u.score());
        });
        charts.put("scores", Map.of("labels", labels, "values", scores, "label", text("dashboard.chart.score")));
        return charts;
    }

    private Map<String, Object> statusChart(TaskCounts counts) {
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (TaskStatus s : DashboardService.statuses()) {
            labels.add(text(s.messageKey()));
            values.add(counts.count(s));
            colours.add(s.colour());
        }
        return Map.of("labels", labels, "values", values, "colours", colours);
    }

    private Map<String, Object> groupChart(Map<TaskGroup, TaskCounts> groups) {
        List<String> labels = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        groups.forEach((g, c) -> {
            labels.add(text(g.messageKey()));
            done.add(c.donePercent());
            progress.add(c.averageProgress());
        });
        return Map.of("labels", labels, "done", done, "progress", progress, "doneLabel",
                text("dashboard.chart.donePercent"), "progressLabel", text("dashboard.chart.averageProgress"));
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
