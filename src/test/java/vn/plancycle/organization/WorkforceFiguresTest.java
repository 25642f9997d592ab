package vn.plancycle.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The workforce rules of DOMAIN §1, without Spring. */
class WorkforceFiguresTest {

    private static final WorkforceTargets TARGETS = WorkforceTargets.DEFAULT;
    private static final Unit UNIT = new Unit("vp", "Văn phòng Bộ", true);

    private static List<String> keys(Integer year, Integer leaders, Integer experts, Integer officials, Integer trained) {
        return WorkforceFigures.problems(year, leaders, experts, officials, trained).stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void validFiguresHaveNoProblems() {
        assertThat(keys(2026, 4, 1, 20, 20)).isEmpty();
        assertThat(keys(2000, 0, 0, 0, 0)).isEmpty();
        assertThat(keys(2100, 10, 10, 5, 5)).isEmpty();
    }

    @Test
    void eachInvalidCaseIsRefusedWithItsOwnMessage() {
        assertThat(keys(2026, -1, 0, 10, 10)).containsExactly("leaders:workforce.negative");
        assertThat(keys(2026, 5, -1, 10, 10)).containsExactly("expertLeaders:workforce.negative");
        assertThat(keys(2026, 5, 1, -3, 0)).containsExactly("officials:workforce.negative");
        assertThat(keys(2026, 5, 1, 10, -1)).containsExactly("trainedOfficials:workforce.negative");
        assertThat(keys(2026, 3, 4, 10, 10)).containsExactly("expertLeaders:workforce.expertLeaders.moreThanLeaders");
        assertThat(keys(2026, 3, 1, 10, 12))
                .containsExactly("trainedOfficials:workforce.trainedOfficials.moreThanOfficials");
        assertThat(keys(1999, 3, 1, 10, 10)).containsExactly("year:workforce.year.range");
        assertThat(keys(2101, 3, 1, 10, 10)).containsExactly("year:workforce.year.range");
        assertThat(keys(null, 3, 1, 10, 10)).containsExactly("year:workforce.year.range");
        assertThat(keys(2026, null, 1, 10, 10)).containsExactly("leaders:workforce.required");
    }

    @Test
    void theEntityRefusesBadFiguresAndKeepsWhatItHad() {
        WorkforceFigure figure = WorkforceFigure.record(UNIT, 2026, new WorkforceFigures(4, 1, 20, 20), "staff-vp");
        assertThatThrownBy(() -> figure.update(new WorkforceFigures(4, 5, 20, 20), "staff-vp"))
                .isInstanceOf(InvalidWorkforceException.class);
        assertThatThrownBy(() -> figure.update(new WorkforceFigures(4, 1, 20, 21), "staff-vp"))
                .isInstanceOf(InvalidWorkforceException.class);
        assertThatThrownBy(() -> figure.update(new WorkforceFigures(-4, 0, 20, 20), "staff-vp"))
                .isInstanceOf(InvalidWorkforceException.class);
        assertThat(figure.figures()).isEqualTo(new WorkforceFigures(4, 1, 20, 20));
        assertThatThrownBy(() -> WorkforceFigure.record(UNIT, 1999, new WorkforceFigures(4, 1, 20, 20), "x"))
                .isInstanceOf(InvalidWorkforceException.class)
                .satisfies(e -> assertThat(((InvalidWorkforceException) e).problems())
                        .extracting(WorkforceProblem::field).containsExactly("year"));
    }

    @Test
    void sharesArePercentagesRoundedDown() {
        WorkforceFigures f = new WorkforceFigures(8, 3, 30, 29);
        assertThat(f.expertLeaderShare()).contains(new BigDecimal("37.5"));
        assertThat(f.trainedOfficialShare()).contains(new BigDecimal("96.6"));
        assertThat(new WorkforceFigures(3, 1, 3, 2).expertLeaderShare()).contains(new BigDecimal("33.3"));
        assertThat(new WorkforceFigures(10, 3, 10, 10).expertLeaderShare()).contains(new BigDecimal("30"));
        assertThat(new WorkforceFigures(2, 1, 10, 10).expertLeaderShare().orElseThrow().toPlainString()).isEqualTo("50");
    }

    @Test
    void expertLeaderTargetAtTheBoundary() {
        assertThat(new WorkforceFigures(4, 1, 1, 1).meetsExpertLeaderTarget(TARGETS)).as("25 %").isTrue();
        assertThat(new WorkforceFigures(1000, 249, 1, 1).meetsExpertLeaderTarget(TARGETS)).as("24.9 %").isFalse();
        assertThat(new WorkforceFigures(1000, 249, 1, 1).expertLeaderShare()).contains(new BigDecimal("24.9"));
        assertThat(new WorkforceFigures(1000, 250, 1, 1).meetsExpertLeaderTarget(TARGETS)).as("25.0 %").isTrue();
        // 24.96 % is shown rounded down and does not meet 25 %
        assertThat(new WorkforceFigures(2500, 624, 1, 1).meetsExpertLeaderTarget(TARGETS)).isFalse();
    }

    @Test
    void trainingTargetAtTheBoundary() {
        assertThat(new WorkforceFigures(1, 1, 100, 100).meetsTrainingTarget(TARGETS)).as("100 %").isTrue();
        assertThat(new WorkforceFigures(1, 1, 100, 99).meetsTrainingTarget(TARGETS)).as("99 %").isFalse();
        assertThat(new WorkforceFigures(1, 1, 1000, 999).meetsTrainingTarget(TARGETS)).as("99.9 %").isFalse();
    }

    @Test
    void targetsAreConfigurable() {
        WorkforceTargets stricter = new WorkforceTargets(new BigDecimal("40"), new BigDecimal("90"));
        assertThat(new WorkforceFigures(10, 3, 10, 9).meetsExpertLeaderTarget(stricter)).isFalse();
        assertThat(new WorkforceFigures(10, 4, 10, 9).meetsExpertLeaderTarget(stricter)).isTrue();
        assertThat(new WorkforceFigures(10, 4, 10, 9).meetsTrainingTarget(stricter)).isTrue();
    }

    @Test
    void noLeadersMeansNoShareAndTargetNotMet() {
        WorkforceFigures f = new WorkforceFigures(0, 0, 0, 0);
        assertThat(f.expertLeaderShare()).isEmpty();
        assertThat(f.trainedOfficialShare()).isEmpty();
        assertThat(f.meetsExpertLeaderTarget(TARGETS)).isFalse();
        assertThat(f.meetsTrainingTarget(TARGETS)).isFalse();
    }

    @Test
    void theTargetCheckReadsAsTheMinistryWritesIt() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/organization");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale vi = Locale.forLanguageTag("vi");
        TargetCheck met = TargetCheck.of(new WorkforceFigures(10, 3, 20, 20), TARGETS);
        assertThat(met.lines(messages, vi)).containsExactly(
                "Lãnh đạo có chuyên môn KH,CN,ĐMST,CĐS: 30 % — Đạt chỉ tiêu ≥ 25 %",
                "Công chức, viên chức được đào tạo, bồi dưỡng về KH,CN,ĐMST,CĐS: 100 % — Đạt chỉ tiêu ≥ 100 %");
        TargetCheck missed = TargetCheck.of(new WorkforceFigures(0, 0, 1000, 999), TARGETS);
        assertThat(missed.lines(messages, vi)).containsExactly(
                "Lãnh đạo có chuyên môn KH,CN,ĐMST,CĐS: — — Chưa đạt chỉ tiêu ≥ 25 %",
                "Công chức, viên chức được đào tạo, bồi dưỡng về KH,CN,ĐMST,CĐS: 99,9 % — Chưa đạt chỉ tiêu ≥ 100 %");
        assertThat(missed.expertLeaderText(messages, Locale.ENGLISH)).endsWith("— — Target ≥ 25 % not met");
    }
}
