package vn.plancycle.organization;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.plancycle.web.ApiErrors;

/** {@code POST /api/admin/import}: the xlsx import for scripts (administrators). */
@RestController
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class ImportApiController {

    private final OrganizationImportService imports;
    private final MessageSource messages;

    public ImportApiController(OrganizationImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(path = "/api/admin/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> importWorkbook(@RequestParam("file") MultipartFile file) throws IOException {
        ImportResult r = imports.importWorkbook(file.getBytes(), file.getOriginalFilename());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitsCreated", r.unitsCreated());
        body.put("unitsUpdated", r.unitsUpdated());
        body.put("peopleCreated", r.peopleCreated());
        body.put("peopleUpdated", r.peopleUpdated());
        body.put("message", text("import.done", r.unitsCreated(), r.unitsUpdated(), r.peopleCreated(),
                r.peopleUpdated()));
        return body;
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<Map<String, String>> badFile(ImportFileException e) {
        return ApiErrors.body(HttpStatus.BAD_REQUEST, "invalid_file", text(e.messageKey(), e.args()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid_rows");
        body.put("message", text("import.rejected", e.problems().size()) + " " + String.join("; ", e.problems()));
        body.put("rows", e.problems());
        return ResponseEntity.badRequest().body(body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
