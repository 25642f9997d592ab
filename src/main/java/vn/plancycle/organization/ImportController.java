package vn.plancycle.organization;

import java.io.IOException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The xlsx import of units and people from the units page, and its template (administrators). */
@Controller
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class ImportController {

    private final OrganizationImportService imports;
    private final MessageSource messages;

    public ImportController(OrganizationImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/admin/import/template.xlsx")
    public ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plancycle-don-vi-can-bo.xlsx\"")
                .contentType(MediaType.parseMediaType(OrganizationWorkbook.CONTENT_TYPE))
                .body(OrganizationWorkbook.template());
    }

    @PostMapping("/admin/import")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", text("import.file.missing"));
            return "redirect:/admin/units";
        }
        try {
            ImportResult result = imports.importWorkbook(file.getBytes(), file.getOriginalFilename());
            redirect.addFlashAttribute("message", text("import.done", result.unitsCreated(), result.unitsUpdated(),
                    result.peopleCreated(), result.peopleUpdated()));
        } catch (ImportFileException e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        } catch (ImportRejectedException e) {
            redirect.addFlashAttribute("error", text("import.rejected", e.problems().size()));
            redirect.addFlashAttribute("importErrors", e.problems());
        }
        return "redirect:/admin/units";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
