package vn.plancycle.modeling;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plancycle.plan.PlanTexts;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.ApiException;

/**
 * The page {@code /processes/migrations} for process owners and administrators: per process the latest version
 * and each older version with running instances, "Kiểm tra" (the verdict per instance) and "Chuyển sang phiên bản
 * mới" (a Camunda batch), and the progress of the recent migrations.
 */
@Controller
public class MigrationController {

    private final MigrationService migrations;
    private final CurrentUserService currentUser;
    private final PlanTexts texts;

    public MigrationController(MigrationService migrations, CurrentUserService currentUser, PlanTexts texts) {
        this.migrations = migrations;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @GetMapping("/processes/migrations")
    public String page(Model model) {
        MigrationService.requireOwner(currentUser.current());
        model.addAttribute("overview", migrations.overview());
        return "modeling/migrations";
    }

    @PostMapping("/processes/migrations/{sourceDefinitionId}/check")
    public String check(@PathVariable String sourceDefinitionId, Model model, HttpServletResponse response) {
        MigrationService.requireOwner(currentUser.current());
        try {
            model.addAttribute("check", migrations.check(sourceDefinitionId));
        } catch (ApiException e) {
            return refused(e, model, response);
        }
        return page(model);
    }

    @PostMapping("/processes/migrations/{sourceDefinitionId}/migrate")
    public String migrate(@PathVariable String sourceDefinitionId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUser.current();
        MigrationService.requireOwner(user);
        try {
            MigrationViews.Started started = migrations.migrate(sourceDefinitionId, null, user);
            MigrationViews.Run run = started.run();
            redirect.addFlashAttribute("message", texts.text(started.created() ? "migration.flash.started"
                    : "migration.flash.alreadyRunning", run.processKey(), run.sourceVersion(), run.targetVersion(),
                    run.instanceCount()));
            return "redirect:/processes/migrations";
        } catch (ApiException e) {
            return refused(e, model, response);
        }
    }

    private String refused(ApiException e, Model model, HttpServletResponse response) {
        String page = page(model);
        response.setStatus(e.status().value());
        model.addAttribute("error", texts.text(e.messageKey(), e.args()));
        return page;
    }

    @ExceptionHandler(ApiException.class)
    String failed(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        return "error";
    }
}
