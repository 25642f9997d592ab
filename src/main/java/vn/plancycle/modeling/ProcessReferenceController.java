package vn.plancycle.modeling;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.plancycle.security.CurrentUser;

/** {@code /processes}: the deployed processes; {@code /processes/{key}}: one process, step by step. */
@Controller
public class ProcessReferenceController {

    private final ProcessCatalog catalog;
    private final ProcessAccess access;

    public ProcessReferenceController(ProcessCatalog catalog, ProcessAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping("/processes")
    public String processes(Model model) {
        CurrentUser user = access.requireReader();
        model.addAttribute("processes", catalog.processes());
        model.addAttribute("mayMigrate", user.isProcessOwner() || user.isAdmin());
        return "modeling/processes";
    }

    @GetMapping("/processes/{key:[A-Za-z][\\w.-]*}")
    public String process(@PathVariable String key, Model model) {
        CurrentUser user = access.requireReader();
        ProcessReference reference = catalog.reference(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no process " + key));
        model.addAttribute("p", reference);
        model.addAttribute("mayMigrate", user.isProcessOwner() || user.isAdmin());
        return "modeling/process";
    }
}
