package vn.plancycle.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * The reporting calendar of DOMAIN §3, in one place: cut-offs, due dates (moved to a working day, and
 * at least one working day after the cut-off) and the ministry's deadlines, from {@link ReportingSettings}.
 */
@Component
public class ReportingCalendar {

    private final ReportingSettings settings;

    public ReportingCalendar(ReportingSettings settings) {
        this.settings = settings;
    }

    public CycleDates periodic(int year, ReportingPeriod period) {
        LocalDate cutOff = period.cutOff(year, settings.getCutOffDay());
        LocalDate unitDue = dueAfter(cutOff, cutOff.withDayOfMonth(settings.getUnitDueDay()));
        LocalDate homeAffairs = dueAfter(unitDue, cutOff.withDayOfMonth(settings.getHomeAffairsDueDay()));
        LocalDate government = dueAfter(homeAffairs, cutOff.withDayOfMonth(settings.getGovernmentDueDay()));
        return new CycleDates(period.start(year, settings.getCutOffDay()), cutOff, unitDue, homeAffairs, government);
    }

    /**
     * A thematic or ad-hoc request opened on {@code openedOn}: the data window is the plan year so far
     * (from the YEAR period's start) up to the end of the day before, the last whole day, so the units'
     * reports are pre-filled at once and staff can start writing; due on the requested day.
     */
    public CycleDates requested(int year, LocalDate openedOn, LocalDate due) {
        return requestedWithCutOff(year, openedOn.minusDays(1), due);
    }

    /** A thematic or ad-hoc request whose figures count up to the end of {@code cutOff}. */
    public CycleDates requestedWithCutOff(int year, LocalDate cutOff, LocalDate due) {
        return new CycleDates(ReportingPeriod.YEAR.start(year, settings.getCutOffDay()), cutOff, due, null, null);
    }

    /** The period whose scheduled opening falls on this day (the timer's question), if any. */
    public java.util.Optional<ReportingPeriod> periodCuttingOffOn(LocalDate day) {
        if (day.getDayOfMonth() != settings.getCutOffDay()) {
            return java.util.Optional.empty();
        }
        return ReportingPeriod.endingIn(day.getMonth());
    }

    /** Reports are late from the start of the day after their due date. */
    public LocalDateTime lateFrom(LocalDate due) {
        return due.plusDays(1).atStartOfDay();
    }

    /** The figures of a report count everything up to the end of its cut-off day. */
    public LocalDateTime cutOffEnd(LocalDate cutOff) {
        return cutOff.plusDays(1).atStartOfDay();
    }

    public LocalDateTime noticeOn(LocalDate day) {
        return day.atTime(settings.getNoticeTime());
    }

    /** The wanted day, moved forward to a working day that is at least one working day after {@code after}. */
    static LocalDate dueAfter(LocalDate after, LocalDate wanted) {
        LocalDate earliest = nextWorkingDay(after.plusDays(1));
        LocalDate day = wanted.isBefore(earliest) ? earliest : wanted;
        return nextWorkingDay(day);
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
