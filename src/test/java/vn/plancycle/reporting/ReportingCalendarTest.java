package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The reporting calendar of DOMAIN §3 from the default settings and from changed ones (no Spring needed). */
class ReportingCalendarTest {

    private final ReportingCalendar calendar = new ReportingCalendar(new ReportingSettings());

    @Test
    void shouldCutQ1OffOnThe14thOfMarchAndMoveTheDueDateOffTheWeekend() {
        // 14 March 2026 is a Saturday: the 15th is a Sunday, so the units' report is due on Monday the 16th
        CycleDates q1 = calendar.periodic(2026, ReportingPeriod.Q1);
        assertThat(q1.periodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(q1.cutOff()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(q1.unitDue()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(q1.homeAffairsDue()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(q1.governmentDue()).isEqualTo(LocalDate.of(2026, 3, 25));
    }

    @Test
    void shouldRunH1FromMidDecemberToTheFourteenthOfJune() {
        // 14 June 2026 is a Sunday, the 15th a Monday; the 20th is a Saturday → Monday 22nd
        CycleDates h1 = calendar.periodic(2026, ReportingPeriod.H1);
        assertThat(h1.periodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(h1.cutOff()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(h1.unitDue()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(h1.homeAffairsDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(h1.governmentDue()).isEqualTo(LocalDate.of(2026, 6, 25));
    }

    @Test
    void shouldRunQ3FromMidJuneToTheFourteenthOfSeptember() {
        // 14 September 2026 is a Monday; the 20th a Sunday → Monday 21st; the 25th a Friday
        CycleDates q3 = calendar.periodic(2026, ReportingPeriod.Q3);
        assertThat(q3.periodStart()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(q3.cutOff()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(q3.unitDue()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(q3.homeAffairsDue()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(q3.governmentDue()).isEqualTo(LocalDate.of(2026, 9, 25));
    }

    @Test
    void shouldRunTheYearFromMidDecemberToMidDecember() {
        CycleDates year = calendar.periodic(2026, ReportingPeriod.YEAR);
        assertThat(year.periodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(year.cutOff()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(year.unitDue()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(year.homeAffairsDue()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(year.governmentDue()).isEqualTo(LocalDate.of(2026, 12, 25));
    }

    @Test
    void shouldKeepEveryDeadlineOnAWorkingDayAtLeastOneWorkingDayAfterTheCutOff() {
        for (int y = 2024; y <= 2040; y++) {
            for (ReportingPeriod period : ReportingPeriod.values()) {
                CycleDates dates = calendar.periodic(y, period);
                String where = period + " " + y;
                assertThat(dates.cutOff().getDayOfMonth()).as(where).isEqualTo(14);
                assertThat(dates.cutOff().getMonth()).as(where).isEqualTo(period.lastMonth());
                assertThat(workingDaysBetween(dates.cutOff(), dates.unitDue())).as(where).isGreaterThanOrEqualTo(1);
                assertThat(dates.unitDue().getDayOfMonth()).as(where).isBetween(15, 17);
                for (LocalDate due : new LocalDate[] {dates.unitDue(), dates.homeAffairsDue(), dates.governmentDue()}) {
                    assertThat(due.getDayOfWeek()).as(where).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                }
                assertThat(dates.homeAffairsDue()).as(where).isAfter(dates.unitDue())
                        .isBetween(dates.cutOff().withDayOfMonth(20), dates.cutOff().withDayOfMonth(22));
                assertThat(dates.governmentDue()).as(where).isAfter(dates.homeAffairsDue())
                        .isBetween(dates.cutOff().withDayOfMonth(25), dates.cutOff().withDayOfMonth(27));
            }
        }
    }

    @Test
    void shouldMoveADueDayOnTheCutOffItselfToTheNextWorkingDay() {
        ReportingSettings settings = new ReportingSettings();
        settings.setUnitDueDay(14);
        ReportingCalendar sameDay = new ReportingCalendar(settings);
        // Monday 14 September 2026: due on Tuesday the 15th, not on the cut-off day
        assertThat(sameDay.periodic(2026, ReportingPeriod.Q3).unitDue()).isEqualTo(LocalDate.of(2026, 9, 15));
        // Friday 14 March 2025: the next working day is Monday the 17th
        assertThat(sameDay.periodic(2025, ReportingPeriod.Q1).unitDue()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(calendar.periodic(2025, ReportingPeriod.Q1).unitDue()).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void shouldFollowChangedDaysOfTheMonth() {
        ReportingSettings settings = new ReportingSettings();
        settings.setCutOffDay(10);
        settings.setUnitDueDay(12);
        settings.setHomeAffairsDueDay(18);
        settings.setGovernmentDueDay(23);
        CycleDates q3 = new ReportingCalendar(settings).periodic(2026, ReportingPeriod.Q3);
        assertThat(q3.periodStart()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(q3.cutOff()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(q3.unitDue()).isEqualTo(LocalDate.of(2026, 9, 14)); // the 12th is a Saturday
        assertThat(q3.homeAffairsDue()).isEqualTo(LocalDate.of(2026, 9, 18));
        assertThat(q3.governmentDue()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThatThrownBy(() -> settings.setCutOffDay(29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setUnitDueDay(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveARequestedReportTheYearUpToYesterdayAndTheRequestedDueDate() {
        CycleDates adHoc = calendar.requested(2026, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 20));
        assertThat(adHoc).isEqualTo(new CycleDates(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 5, 20), null, null));
        assertThat(calendar.requestedWithCutOff(2026, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 20)).cutOff())
                .isEqualTo(LocalDate.of(2026, 5, 6));
    }

    @Test
    void shouldOpenTheScheduledCycleOnlyOnACutOffDay() {
        assertThat(calendar.periodCuttingOffOn(LocalDate.of(2026, 3, 14))).contains(ReportingPeriod.Q1);
        assertThat(calendar.periodCuttingOffOn(LocalDate.of(2026, 6, 14))).contains(ReportingPeriod.H1);
        assertThat(calendar.periodCuttingOffOn(LocalDate.of(2026, 9, 14))).contains(ReportingPeriod.Q3);
        assertThat(calendar.periodCuttingOffOn(LocalDate.of(2026, 12, 14))).contains(ReportingPeriod.YEAR);
        assertThat(calendar.periodCuttingOffOn(LocalDate.of(2026, 6, 13))).isEqualTo(Optional.empty());
        assertThat(calendar.periodCuttingOffOn(LocalDate.of(2026, 5, 14))).isEmpty();
    }

    @Test
    void shouldCountTheWholeCutOffDayAndBeLateFromTheDayAfterTheDueDate() {
        assertThat(calendar.cutOffEnd(LocalDate.of(2026, 3, 14))).isEqualTo(LocalDateTime.of(2026, 3, 15, 0, 0));
        assertThat(calendar.lateFrom(LocalDate.of(2026, 3, 16))).isEqualTo(LocalDateTime.of(2026, 3, 17, 0, 0));
        assertThat(calendar.noticeOn(LocalDate.of(2026, 3, 13))).isEqualTo(LocalDate.of(2026, 3, 13).atTime(
                LocalTime.of(8, 0)));
        assertThat(new ReportingSettings().getOpeningCron()).isEqualTo("0 0 17 14 3,6,9,12 ?");
    }

    /** Working days after {@code from} up to and including {@code to}. */
    private static int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }
}
