package vn.plancycle.web;

import java.util.Collection;
import java.util.Locale;

/**
 * A file someone uploads (plan-task evidence, report attachments): its name without any path, its content
 * type (a safe default when missing or too long), and the one rule of what is refused — empty, too large,
 * a type not accepted, a name too long. Each feature throws its own refusal with its own message keys
 * ({@code <prefix>.emptyFile}, {@code .fileTooLarge}, {@code .fileType}, {@code .nameTooLong}).
 */
public record Upload(String name, String contentType, byte[] content) {

    public static final int NAME_MAX = 255;
    static final int TYPE_MAX = 150;
    static final String DEFAULT_TYPE = "application/octet-stream";

    public static Upload of(String fileName, String contentType, byte[] content) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        String type = contentType == null || contentType.isBlank() || contentType.strip().length() > TYPE_MAX
                ? DEFAULT_TYPE : contentType.strip();
        return new Upload(name, type, content == null ? new byte[0] : content);
    }

    /** What is wrong with the file under these limits, or null when it may be kept. */
    public Problem problem(long maxBytes, Collection<String> allowedTypes) {
        if (content.length == 0 || name.isEmpty()) {
            return new Problem("empty_file", "emptyFile");
        }
        if (content.length > maxBytes) {
            return new Problem("file_too_large", "fileTooLarge", name, megabytes(maxBytes));
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (allowedTypes.stream().noneMatch(t -> t.strip().equalsIgnoreCase(extension))) {
            return new Problem("file_type", "fileType", name, String.join(", ", allowedTypes));
        }
        if (name.length() > NAME_MAX) {
            return new Problem("bad_name", "nameTooLong", NAME_MAX);
        }
        return null;
    }

    /** "10" for 10 MB, "2.5" for 2.5 MB: how the limit reads in a message. */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    /** A refusal: the API's error code, the message key's last part, and its arguments. */
    public record Problem(String error, String key, Object... args) {
    }
}
