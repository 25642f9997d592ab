package vn.plancycle.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit's four workforce figures for a year and the rules of DOMAIN §1 on them: none negative,
 * expert leaders among the leaders, trained officials among the officials; the two shares and
 * whether they reach the targets. A share of nobody (0 leaders, 0 officials) does not exist and
 * does not meet a target.
 */
public record WorkforceFigures(int leaders, int expertLeaders, int officials, int trainedOfficials) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Every rule the figures (and the year) break; empty when they may be saved. */
    public static List<WorkforceProblem> problems(Integer year, Integer leaders, Integer expertLeaders,
            Integer officials, Integer trainedOfficials) {
        List<WorkforceProblem> problems = new ArrayList<>();
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new WorkforceProblem("year", "workforce.year.range", FIRST_YEAR, LAST_YEAR));
        }
        required(problems, "leaders", leaders);
        required(problems, "expertLeaders", expertLeaders);
        required(problems, "officials", officials);
        required(problems, "trainedOfficials", trainedOfficials);
        if (isCount(leaders) && isCount(expertLeaders) && expertLeaders > leaders) {
            problems.add(new WorkforceProblem("expertLeaders", "workforce.expertLeaders.moreThanLeaders",
                    expertLeaders, leaders));
        }
        if (isCount(officials) && isCount(trainedOfficials) && trainedOfficials > officials) {
            problems.add(new WorkforceProblem("trainedOfficials", "workforce.trainedOfficials.moreThanOfficials",
                    trainedOfficials, officials));
        }
        return problems;
    }

    public List<WorkforceProblem> problems(Integer year) {
        return problems(year, leaders, expertLeaders, officials, trainedOfficials);
    }

    private static void required(List<WorkforceProblem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new WorkforceProblem(field, "workforce.required"));
        } else if (value < 0) {
            problems.add(new WorkforceProblem(field, "workforce.negative"));
        }
    }

    private static boolean isCount(Integer value) {
        return value != null && value >= 0;
    }

    /** Expert leaders / leaders in percent (rounded down to one decimal), empty when there are no leaders. */
    public Optional<BigDecimal> expertLeaderShare() {
        return share(expertLeaders, leaders);
    }

    /** Trained officials / officials in percent (rounded down to one decimal), empty when there are no officials. */
    public Optional<BigDecimal> trainedOfficialShare() {
        return share(trainedOfficials, officials);
    }

    public boolean meetsExpertLeaderTarget(WorkforceTargets targets) {
        return reaches(expertLeaders, leaders, targets.expertLeaderTargetPercent());
    }

    public boolean meetsTrainingTarget(WorkforceTargets targets) {
        return reaches(trainedOfficials, officials, targets.trainedOfficialTargetPercent());
    }

    private static Optional<BigDecimal> share(int part, int whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        // rounded down, so that a share shown as 25 % really is 25 % or more
        BigDecimal share = BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN).stripTrailingZeros();
        return Optional.of(share.scale() < 0 ? share.setScale(0) : share);
    }

    /** part / whole ≥ target %, compared exactly (no rounding): part × 100 ≥ target × whole. */
    private static boolean reaches(int part, int whole, BigDecimal targetPercent) {
        if (whole <= 0) {
            return false;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .compareTo(targetPercent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
