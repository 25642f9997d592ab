package vn.plancycle.reporting;

import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code plancycle.reporting.*}: the days and durations of DOMAIN §3 that a ministry changes without
 * code. The BPMN reads them by expression ({@code ${reportingSettings.…}}).
 */
@Component("reportingSettings")
@ConfigurationProperties("plancycle.reporting")
public class ReportingSettings {

    /** Data cut-off: the 14th of the period's last month. */
    private int cutOffDay = 14;
    /** A unit's report is due at the ministry on this day of the period's last month (moved to a working day, at least one after the cut-off). */
    private int unitDueDay = 15;
    /** The ministry's consolidated report is due at the Ministry of Home Affairs on this day. */
    private int homeAffairsDueDay = 20;
    /** ... and at the Government on this day. */
    private int governmentDueDay = 25;
    /** The scheduled cycles open on the cut-off day at this time (the timer start event's cron). */
    private LocalTime openingTime = LocalTime.of(17, 0);
    /** When set, replaces the cron built from the cut-off day and the opening time (Quartz-style, 6 fields). */
    private String openingCron = "";
    /** Reminders to the unit before its report is due: the first and the final one. */
    private List<Period> reminderOffsets = List.of(Period.ofDays(3), Period.ofDays(1));
    /** A report still missing this long after its due date escalates to the ministry's leaders. */
    private Period escalateMissingAfter = Period.ofDays(5);
    /** A report returned by the reviewers this many times escalates to the ministry's leaders. */
    private int escalateAfterReturns = 2;
    /** Reviewers and leaders are reminded this long before the ministry's own deadlines (20th, 25th). */
    private Period ministryReminderBefore = Period.ofDays(3);
    /** The time of day at which reminders and notices go out. */
    private LocalTime noticeTime = LocalTime.of(8, 0);
    /**
     * The launch starts the units' reports in batches of this many, each batch a job of its own that the
     * job executor runs in parallel with the others (a failed batch is retried whole; nothing is started twice).
     */
    private int launchBatchSize = 50;
    /** Largest attachment of a report, in bytes. */
    private long maxAttachmentBytes = 10L * 1024 * 1024;
    /** Attachment types accepted, by extension (Word/Excel first: DOMAIN §3). */
    private List<String> allowedAttachmentTypes = List.of("doc", "docx", "xls", "xlsx", "pdf", "odt", "ods", "zip");

    /** The cron of the scheduled opening: the cut-off day of March, June, September and December. */
    public String getOpeningCron() {
        if (openingCron != null && !openingCron.isBlank()) {
            return openingCron.strip();
        }
        StringBuilder months = new StringBuilder();
        for (ReportingPeriod p : ReportingPeriod.values()) {
            months.append(months.isEmpty() ? "" : ",").append(p.lastMonth().getValue());
        }
        return "0 %d %d %d %s ?".formatted(openingTime.getMinute(), openingTime.getHour(), cutOffDay, months);
    }

    public void setOpeningCron(String openingCron) {
        this.openingCron = openingCron;
    }

    public int getCutOffDay() {
        return cutOffDay;
    }

    public void setCutOffDay(int cutOffDay) {
        requireDay("cut-off-day", cutOffDay);
        this.cutOffDay = cutOffDay;
    }

    public int getUnitDueDay() {
        return unitDueDay;
    }

    public void setUnitDueDay(int unitDueDay) {
        requireDay("unit-due-day", unitDueDay);
        this.unitDueDay = unitDueDay;
    }

    public int getHomeAffairsDueDay() {
        return homeAffairsDueDay;
    }

    public void setHomeAffairsDueDay(int homeAffairsDueDay) {
        requireDay("home-affairs-due-day", homeAffairsDueDay);
        this.homeAffairsDueDay = homeAffairsDueDay;
    }

    public int getGovernmentDueDay() {
        return governmentDueDay;
    }

    public void setGovernmentDueDay(int governmentDueDay) {
        requireDay("government-due-day", governmentDueDay);
        this.governmentDueDay = governmentDueDay;
    }

    public LocalTime getOpeningTime() {
        return openingTime;
    }

    public void setOpeningTime(LocalTime openingTime) {
        this.openingTime = openingTime;
    }

    public List<Period> getReminderOffsets() {
        return reminderOffsets;
    }

    public void setReminderOffsets(List<Period> reminderOffsets) {
        if (reminderOffsets == null || reminderOffsets.size() != 2
                || reminderOffsets.stream().anyMatch(p -> p.isNegative() || p.isZero())) {
            throw new IllegalArgumentException("plancycle.reporting.reminder-offsets: give exactly two positive "
                    + "periods, the first and the final reminder before the due date (e.g. P3D,P1D)");
        }
        this.reminderOffsets = List.copyOf(reminderOffsets);
    }

    public Period getEscalateMissingAfter() {
        return escalateMissingAfter;
    }

    public void setEscalateMissingAfter(Period escalateMissingAfter) {
        this.escalateMissingAfter = escalateMissingAfter;
    }

    public int getEscalateAfterReturns() {
        return escalateAfterReturns;
    }

    public void setEscalateAfterReturns(int escalateAfterReturns) {
        if (escalateAfterReturns < 1) {
            throw new IllegalArgumentException("plancycle.reporting.escalate-after-returns must be at least 1");
        }
        this.escalateAfterReturns = escalateAfterReturns;
    }

    public Period getMinistryReminderBefore() {
        return ministryReminderBefore;
    }

    public void setMinistryReminderBefore(Period ministryReminderBefore) {
        this.ministryReminderBefore = ministryReminderBefore;
    }

    public LocalTime getNoticeTime() {
        return noticeTime;
    }

    public void setNoticeTime(LocalTime noticeTime) {
        this.noticeTime = noticeTime;
    }

    public int getLaunchBatchSize() {
        return launchBatchSize;
    }

    public void setLaunchBatchSize(int launchBatchSize) {
        if (launchBatchSize < 1 || launchBatchSize > 1000) {
            throw new IllegalArgumentException("plancycle.reporting.launch-batch-size must be between 1 and 1000");
        }
        this.launchBatchSize = launchBatchSize;
    }

    public long getMaxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    public void setMaxAttachmentBytes(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public List<String> getAllowedAttachmentTypes() {
        return allowedAttachmentTypes;
    }

    public void setAllowedAttachmentTypes(List<String> allowedAttachmentTypes) {
        this.allowedAttachmentTypes = List.copyOf(allowedAttachmentTypes);
    }

    private static void requireDay(String name, int day) {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("plancycle.reporting." + name + " must be a day between 1 and 28");
        }
    }
}
