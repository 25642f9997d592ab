package vn.plancycle.modeling;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.web.ApiException;

/** The process reference as JSON, for the same readers as the page. */
@RestController
@RequestMapping("/api/processes")
public class ProcessReferenceApiController {

    private final ProcessCatalog catalog;
    private final ProcessAccess access;

    public ProcessReferenceApiController(ProcessCatalog catalog, ProcessAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @GetMapping
    public List<ProcessReference.Summary> processes() {
        access.requireReader();
        return catalog.processes();
    }

    @GetMapping("/{key}")
    public ProcessReference process(@PathVariable String key) {
        access.requireReader();
        return catalog.reference(key).orElseThrow(() -> ApiException.notFound("reference.notFound", key));
    }
}
