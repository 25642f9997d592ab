package vn.plancycle.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's output: named figures in the order they were measured, printed as one table.
 * Each benchmark step adds its own rows, so a new figure is one more step, not a new command.
 */
public final class Figures {

    /** One row: a name, its value as printed, and a note (unit, method, what it counts). */
    public record Figure(String name, String value, String note) {
    }

    private final List<Figure> rows = new ArrayList<>();

    public void add(String name, String value, String note) {
        rows.add(new Figure(name, value, note == null ? "" : note));
    }

    public void add(String name, String value) {
        add(name, value, "");
    }

    public void seconds(String name, Duration time, String note) {
        add(name, String.format(Locale.ROOT, "%.2f s", time.toNanos() / 1e9), note);
    }

    public void rate(String name, int count, Duration time, String note) {
        add(name, String.format(Locale.ROOT, "%.1f /s", perSecond(count, time)), note);
    }

    public static double perSecond(int count, Duration time) {
        return count / Math.max(time.toNanos() / 1e9, 1e-9);
    }

    public void print(PrintStream out) {
        int nameWidth = "figure".length();
        int valueWidth = "value".length();
        for (Figure f : rows) {
            nameWidth = Math.max(nameWidth, f.name().length());
            valueWidth = Math.max(valueWidth, f.value().length());
        }
        String format = "| %-" + nameWidth + "s | %-" + valueWidth + "s | %s%n";
        out.printf(format, "figure", "value", "note");
        out.printf("|%s|%s|---%n", "-".repeat(nameWidth + 2), "-".repeat(valueWidth + 2));
        for (Figure f : rows) {
            out.printf(format, f.name(), f.value(), f.note());
        }
        out.flush();
    }
}
