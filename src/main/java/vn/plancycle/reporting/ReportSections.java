package vn.plancycle.reporting;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.plancycle.web.ApiException;

/**
 * The four narrative sections of DOMAIN §3 as someone typed them (the report page or the Tasklist form),
 * and their one rule: blank is empty, line ends are kept as {@code \n}, and none is longer than
 * {@link UnitReport#SECTION_MAX} characters (refused with the section's name, nothing saved).
 */
public record ReportSections(String results, String shortcomings, String nextTasks, String proposals) {

    /** The sections as stored; a section too long is refused (400). */
    public ReportSections checked() {
        return new ReportSections(section(results, "reporting.section.results"),
                section(shortcomings, "reporting.section.shortcomings"),
                section(nextTasks, "reporting.section.nextTasks"), section(proposals, "reporting.section.proposals"));
    }

    private static String section(String text, String labelKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace("\r\n", "\n");
        if (value.length() > UnitReport.SECTION_MAX) {
            throw ApiException.badRequest("too_long", "reporting.error.sectionTooLong",
                    new DefaultMessageSourceResolvable(labelKey), String.valueOf(UnitReport.SECTION_MAX));
        }
        return value;
    }
}
