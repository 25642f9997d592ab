package vn.plancycle.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import vn.plancycle.execution.TaskStatus;

/**
 * The Vietnamese wording of the consolidated exports (the ministry sends them on as they are): labels
 * from the message bundles in locale vi, dates as dd/MM/yyyy, and people's text made safe for XML.
 */
final class ExportTexts {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    /** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final MessageSource messages;

    ExportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    String status(ReportStatus status) {
        return text(status.messageKey());
    }

    String status(TaskStatus status) {
        return text(status.messageKey());
    }

    String yesNo(boolean value) {
        return text(value ? "reporting.export.yes" : "reporting.export.no");
    }

    /** The period's name for a periodic cycle ("Quý I"), else the kind's ("Đột xuất"). */
    String period(ReportingCycle cycle) {
        return ReportingPeriod.parse(cycle.getPeriod()).map(p -> text(p.messageKey()))
                .orElseGet(() -> text(cycle.getKind().messageKey()));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(LocalDateTime at) {
        return at == null ? "" : DATE.format(at);
    }

    /** A person's text as plain characters only: whatever XML cannot hold is dropped. */
    static String plain(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }
}
