package vn.plancycle.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/**
 * The four periodic reports of DOMAIN §3 and their data windows: a period runs from the cut-off day
 * + 1 of the month before it starts (15 December of the previous year for Q1, H1 and YEAR; 15 June for
 * Q3) to the cut-off day (14th) of its last month. The days come from {@link ReportingSettings}.
 */
public enum ReportingPeriod {

    Q1(Month.DECEMBER, true, Month.MARCH),
    H1(Month.DECEMBER, true, Month.JUNE),
    Q3(Month.JUNE, false, Month.SEPTEMBER),
    YEAR(Month.DECEMBER, true, Month.DECEMBER);

    private final Month startMonth;
    private final boolean startsPreviousYear;
    private final Month lastMonth;

    ReportingPeriod(Month startMonth, boolean startsPreviousYear, Month lastMonth) {
        this.startMonth = startMonth;
        this.startsPreviousYear = startsPreviousYear;
        this.lastMonth = lastMonth;
    }

    public Month lastMonth() {
        return lastMonth;
    }

    /** The first day of the period's data window (the day after the previous cut-off). */
    public LocalDate start(int year, int cutOffDay) {
        return LocalDate.of(startsPreviousYear ? year - 1 : year, startMonth, cutOffDay).plusDays(1);
    }

    /** The cut-off (chốt số liệu): the last day whose events the report counts. */
    public LocalDate cutOff(int year, int cutOffDay) {
        return LocalDate.of(year, lastMonth, cutOffDay);
    }

    public String messageKey() {
        return "reporting.period." + name();
    }

    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The period whose cut-off falls in this month, if any (the scheduled opening's question). */
    public static Optional<ReportingPeriod> endingIn(Month month) {
        for (ReportingPeriod p : values()) {
            if (p.lastMonth == month) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
