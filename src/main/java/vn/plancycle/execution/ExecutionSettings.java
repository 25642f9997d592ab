package vn.plancycle.execution;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** {@code plancycle.execution.*}: what evidence the app accepts. */
@Component
@ConfigurationProperties("plancycle.execution")
public class ExecutionSettings {

    /** The largest evidence file, in bytes (default 10 MB). */
    private long maxEvidenceBytes = 10L * 1024 * 1024;
    /** File types accepted as evidence, by extension. */
    private List<String> allowedEvidenceTypes = List.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
            "ods", "txt", "csv", "png", "jpg", "jpeg", "zip");

    public long getMaxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    public void setMaxEvidenceBytes(long maxEvidenceBytes) {
        if (maxEvidenceBytes <= 0) {
            throw new IllegalArgumentException("plancycle.execution.max-evidence-bytes must be positive");
        }
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    public List<String> getAllowedEvidenceTypes() {
        return allowedEvidenceTypes;
    }

    public void setAllowedEvidenceTypes(List<String> allowedEvidenceTypes) {
        this.allowedEvidenceTypes = List.copyOf(allowedEvidenceTypes);
    }
}
