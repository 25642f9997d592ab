package vn.plancycle.scoring;

import java.math.BigDecimal;

/** The entries of one criterion that count (corrections applied): their points, maximum points and number. */
public record CriterionSum(String criterion, BigDecimal points, BigDecimal maxPoints, int entries) {

    public CriterionSum plus(BigDecimal morePoints, BigDecimal moreMax, int moreEntries) {
        return new CriterionSum(criterion, points.add(morePoints), maxPoints.add(moreMax == null ? BigDecimal.ZERO : moreMax),
                entries + moreEntries);
    }
}
