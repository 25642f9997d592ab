package vn.plancycle.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The notification texts, editable without Java: {@code notification-templates/{name}.txt} on the
 * class path, or the same file in {@code plancycle.notification.template-dir}, which wins. A file is
 * header lines ({@code Subject: …}, optionally {@code Link: …} — the page the message points to, also
 * {@code {link}} in the text), a blank line, then the body.
 * {@code {placeholder}}s are filled from the values given; an unknown one stays visible as it is.
 */
@Component
public class NotificationTemplates {

    static final String CLASSPATH_FOLDER = "notification-templates/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)}");

    private final NotificationSettings settings;

    public NotificationTemplates(NotificationSettings settings) {
        this.settings = settings;
    }

    public RenderedMessage render(String name, Map<String, String> values) {
        String text = load(name).replace("\r\n", "\n");
        int split = text.indexOf("\n\n");
        String headers = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 2);
        String subject = null;
        String link = null;
        for (String line : headers.split("\n")) {
            if (line.regionMatches(true, 0, "Subject:", 0, 8)) {
                subject = line.substring(8).strip();
            } else if (line.regionMatches(true, 0, "Link:", 0, 5)) {
                link = line.substring(5).strip();
            }
        }
        if (subject == null) {
            throw new IllegalStateException("notification template '" + name + "' has no 'Subject:' line");
        }
        Map<String, String> filled = new HashMap<>(values);
        if (link != null && !link.isEmpty() && !filled.containsKey("link")) {
            filled.put("link", fill(link, values)); // the template's own link, unless the step gave one
        }
        return new RenderedMessage(fill(subject, filled), fill(body.strip(), filled), filled.get("link"));
    }

    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad notification template name '" + name + "'");
        }
        String file = name + ".txt";
        try {
            if (settings.getTemplateDir() != null && !settings.getTemplateDir().isBlank()) {
                Path override = Path.of(settings.getTemplateDir()).resolve(file);
                if (Files.isRegularFile(override)) {
                    return Files.readString(override, StandardCharsets.UTF_8);
                }
            }
            ClassPathResource builtIn = new ClassPathResource(CLASSPATH_FOLDER + file);
            if (!builtIn.exists()) {
                throw new IllegalArgumentException("no notification template '" + name + "'");
            }
            try (InputStream in = builtIn.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notification template '" + name + "'", e);
        }
    }
}
