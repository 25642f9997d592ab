package vn.plancycle.organization;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The check of a unit's figures against the workforce targets: the two shares (null when there
 * is nobody to share among, shown "—") and whether each target is met.
 */
public record TargetCheck(
        boolean recorded,
        BigDecimal expertLeaderShare,
        BigDecimal expertLeaderTarget,
        boolean meetsExpertLeaderTarget,
        BigDecimal trainedOfficialShare,
        BigDecimal trainedOfficialTarget,
        boolean meetsTrainingTarget) {

    public static TargetCheck of(WorkforceFigures figures, WorkforceTargets targets) {
        if (figures == null) {
            return new TargetCheck(false, null, targets.expertLeaderTargetPercent(), false, null,
                    targets.trainedOfficialTargetPercent(), false);
        }
        return new TargetCheck(true,
                figures.expertLeaderShare().orElse(null), targets.expertLeaderTargetPercent(),
                figures.meetsExpertLeaderTarget(targets),
                figures.trainedOfficialShare().orElse(null), targets.trainedOfficialTargetPercent(),
                figures.meetsTrainingTarget(targets));
    }

    /** "Lãnh đạo có chuyên môn KH,CN,ĐMST,CĐS: 30 % — Đạt chỉ tiêu ≥ 25 %" */
    public String expertLeaderText(MessageSource messages, Locale locale) {
        return line("workforce.check.expertLeaders", expertLeaderShare, expertLeaderTarget,
                meetsExpertLeaderTarget, messages, locale);
    }

    /** "Công chức được đào tạo, bồi dưỡng về KH,CN,ĐMST,CĐS: 100 % — Đạt chỉ tiêu ≥ 100 %" */
    public String trainingText(MessageSource messages, Locale locale) {
        return line("workforce.check.trainedOfficials", trainedOfficialShare, trainedOfficialTarget,
                meetsTrainingTarget, messages, locale);
    }

    public List<String> lines(MessageSource messages, Locale locale) {
        return List.of(expertLeaderText(messages, locale), trainingText(messages, locale));
    }

    private static String line(String key, BigDecimal share, BigDecimal target, boolean met,
            MessageSource messages, Locale locale) {
        String shown = share == null ? "—" : percent(share, locale);
        String verdict = messages.getMessage(met ? "workforce.check.met" : "workforce.check.notMet",
                new Object[] {percent(target, locale)}, locale);
        return messages.getMessage(key, new Object[] {shown, verdict}, locale);
    }

    static String percent(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(value) + " %";
    }
}
