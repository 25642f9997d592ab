package vn.plancycle.reporting;

/** The three kinds of report of DOMAIN §3: periodic (định kỳ), thematic (chuyên đề), ad-hoc (đột xuất). */
public enum ReportKind {
    PERIODIC, THEMATIC, AD_HOC;

    public String messageKey() {
        return "reporting.kind." + name();
    }
}
