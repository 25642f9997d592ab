package vn.plancycle.evaluation;

/** Where a year's evaluation round stands; label {@code evaluation.roundStatus.<NAME>}. */
public enum RoundStatus {

    /** units self-assess and are appraised */
    OPEN,
    /** every unit appraised; the leaders confirm the classification */
    WAITING_LEADERS,
    /** the leaders returned the classification; the reviewers revise the appraisals */
    RETURNED,
    /** confirmed and published */
    PUBLISHED;

    public String messageKey() {
        return "evaluation.roundStatus." + name();
    }
}
