package vn.plancycle.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sentences of the plan package in the user's language: problems, import errors, group names. */
@Component
public class PlanTexts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public PlanTexts(MessageSource messages) {
        this.messages = messages;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, localise(java.util.Arrays.asList(args)), key, locale());
    }

    public String group(TaskGroup group) {
        return messages.getMessage(group.messageKey(), null, group.label(), locale());
    }

    /** The problem as a sentence; a task's problem names the task (position and title). */
    public String problem(PlanProblem problem) {
        String reason = messages.getMessage(problem.messageKey(), localise(problem.args()), problem.messageKey(),
                locale());
        if (!problem.isAboutTask()) {
            return reason;
        }
        String title = problem.taskTitle() == null || problem.taskTitle().isBlank() ? "…" : problem.taskTitle();
        return text("plan.problem.task", problem.taskPosition(), title, reason);
    }

    public List<String> problems(List<PlanProblem> problems) {
        return problems.stream().map(this::problem).toList();
    }

    /** "Dòng N: reason" for a refused import row. */
    public String importError(PlanImporter.RowError error) {
        String reason = messages.getMessage(error.messageKey(), localise(error.args()), error.messageKey(), locale());
        return text("plan.import.row", error.row(), reason);
    }

    private Object[] localise(List<Object> args) {
        return args.stream().map(a -> {
            if (a instanceof TaskGroup g) {
                return group(g);
            }
            if (a instanceof LocalDate d) {
                return d.format(DATE);
            }
            if (a instanceof Integer i) {
                return String.valueOf(i); // years and positions without grouping separators
            }
            return a;
        }).toArray();
    }
}
