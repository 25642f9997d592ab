package vn.plancycle.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plancycle.testsupport.AppTest;

/**
 * Scorecards compared figure by figure with a hand calculation from DOMAIN §4 (defaults: general 30 =
 * plan issued 5 + plan completion 5 + reports 10 + workforce 5 + transparency 5; tasks 70; 25 % per delay and
 * per return; completion bands &gt; 90 full, 70–90 half, &lt; 70 none). Entries are recorded through
 * {@link ScoreService#record} on the real database, in years 2090–2092 that no other test uses.
 */
@AppTest
class ScorecardTest {

    @Autowired
    ScoreService scores;
    @Autowired
    ScorecardService scorecards;
    @Autowired
    ScoreTotalRepository totals;

    private ScoreEntry record(String unit, int year, String criterion, String points, String max, String subject,
            String reason) {
        return scores.record(new NewScore(unit, year, criterion, new BigDecimal(points),
                max == null ? null : new BigDecimal(max), Subject.parse(subject), reason, "card-test", "pi-" + subject,
                "Task_Score", null, "card-test:" + UUID.randomUUID()));
    }

    private static void figure(BigDecimal actual, String expected, String what) {
        assertThat(actual).as(what).isEqualByComparingTo(expected);
    }

    /** score_total (what {@code unit} reads) gives exactly the scorecard the entries give. */
    private void totalsEqualEntries(String unit, int year) {
        assertThat(scorecards.unit(unit, year)).as("score_total = entries for %s %d", unit, year)
                .isEqualTo(scorecards.fromEntries(unit, year));
        assertThat(scorecards.year(year).stream().filter(c -> c.unitCode().equals(unit)).findFirst().orElseThrow())
                .as("year(%d) of %s", year, unit).isEqualTo(scorecards.fromEntries(unit, year));
    }

    @Test
    void shouldScoreAYearOfEntriesAsCalculatedByHand() {
        String vp = "vp";
        int y = 2090;
        // the plan: 7 tasks, 70 / 7 = 10 points each
        // T1, T2 accepted on time: 10 of 10 each
        ScoreEntry t1 = record(vp, y, "task-result", "10", "10", "task:901", "T1 đúng hạn");
        record(vp, y, "task-result", "10", "10", "task:902", "T2 đúng hạn");
        // T3 accepted late: 10 − 25 % = 7.5 of 10 (later corrected: the delay was excused)
        ScoreEntry t3 = record(vp, y, "task-result", "7.5", "10", "task:903", "T3 chậm hạn");
        // T4 returned once (−25 % of 10 = −2.5), then accepted on time
        record(vp, y, "task-returned", "-2.5", null, "task:904", "T4 trả lại");
        record(vp, y, "task-result", "10", "10", "task:904", "T4 đúng hạn");
        // T5 returned twice (−2.5 twice), accepted late (7.5 of 10)
        record(vp, y, "task-returned", "-2.5", null, "task:905", "T5 trả lại lần 1");
        record(vp, y, "task-returned", "-2.5", null, "task:905", "T5 trả lại lần 2");
        record(vp, y, "task-result", "7.5", "10", "task:905", "T5 chậm hạn");
        // T6 never accepted; T7 returned once (−2.5) and never accepted
        record(vp, y, "task-returned", "-2.5", null, "task:907", "T7 trả lại");
        // the plan approved after 31 January: 0 of 5
        record(vp, y, "plan-issued-on-time", "0", "5", "plan:90", "Kế hoạch phê duyệt chậm");
        // reports: Q1 on time 2.5/2.5; H1 late 0/2.5 then accepted 0/0; Q3 returned once −25 % of 2.5 = −0.625,
        // stored with 2 decimals as −0.63, then accepted on time 2.5/2.5; YEAR on time 2.5/2.5; thematic 1/1
        record(vp, y, "report-on-time", "2.5", "2.5", "report:9001", "Q1 đúng hạn");
        record(vp, y, "report-late", "0", "2.5", "report:9002", "H1 chậm hạn");
        record(vp, y, "report-on-time", "0", "0", "report:9002", "H1 chấp nhận khi đã chậm");
        record(vp, y, "report-returned", "-0.625", null, "report:9003", "Q3 trả lại");
        record(vp, y, "report-on-time", "2.5", "2.5", "report:9003", "Q3 đúng hạn");
        record(vp, y, "report-on-time", "2.5", "2.5", "report:9004", "YEAR đúng hạn");
        record(vp, y, "report-on-time", "1", "1", "report:9005", "Chuyên đề đúng hạn");
        // workforce: leadership ≥ 25 % 2.5/2.5, training below 100 % 0/2.5; transparency: plan published 5/5
        record(vp, y, "workforce-leadership", "2.5", "2.5", "unit:vp", "Lãnh đạo có chuyên môn 30 %");
        record(vp, y, "workforce-training", "0", "2.5", "unit:vp", "Bồi dưỡng 80 %");
        record(vp, y, "plan-published", "5", "5", "plan:90", "Kế hoạch đã công khai");
        // a criterion no item names: added to the general part as it is
        record(vp, y, "innovation-bonus", "1", null, "unit:vp", "Sáng kiến được công nhận");
        // the appraisal adjusts +2
        record(vp, y, "appraisal-adjustment", "2", null, "unit:vp", "Thẩm định cộng 2");
        // T3's delay excused: a correction to 10 of 10 ... then a second correction of the same entry (a typo
        // fixed: 9.5, then 10): only the newest correction of an entry counts
        ScoreEntry typo = scores.correct(t3.id(), new BigDecimal("9.5"), "Gia hạn được chấp thuận", "reviewer");
        ScoreEntry fixed = scores.correct(t3.id(), new BigDecimal("10"), "Sửa đính chính nhầm", "reviewer");

        Scorecard card = scorecards.unit(vp, y);
        // general items
        ScoreItem planIssued = card.item("plan-issued");
        figure(planIssued.points(), "0", "plan issued: 5 × 0/5");
        figure(planIssued.earned(), "0", "plan issued earned");
        figure(planIssued.possible(), "5", "plan issued possible");
        assertThat(planIssued.entries()).isEqualTo(1);
        // tasks: quantity = max of task-result = 5 accepted × 10 = 50
        // timeliness = points − max = (10 + 10 + 10 [T3 corrected] + 10 + 7.5) − 50 = −2.5
        // quality = 4 returns × −2.5 = −10; tasks = 50 − 2.5 − 10 = 37.5
        TaskResults tasks = card.tasks();
        figure(tasks.quantity(), "50", "quantity");
        figure(tasks.timeliness(), "-2.5", "timeliness");
        figure(tasks.quality(), "-10", "quality");
        figure(tasks.points(), "37.5", "task points");
        figure(tasks.weight(), "70", "task weight");
        assertThat(tasks.acceptedTasks()).as("accepted tasks").isEqualTo(5);
        assertThat(tasks.entries()).as("task entries: 5 results + 4 returns").isEqualTo(9);
        // completion = 50 / 70 = 71.428…% → 71.43 %: 70–90 → half of 5 = 2.5
        figure(card.completionPercent(), "71.43", "completion percent");
        ScoreItem completion = card.item("plan-completion");
        figure(completion.points(), "2.5", "completion points");
        figure(completion.earned(), "71.43", "completion shown as earned");
        figure(completion.possible(), "100", "completion of 100 %");
        assertThat(completion.entries()).isEqualTo(5);
        // reports: earned 2.5 + 0 + 0 − 0.63 + 2.5 + 2.5 + 1 = 7.87; possible 2.5 + 2.5 + 0 + 2.5 + 2.5 + 1 = 11
        // points 10 × 7.87 / 11 = 7.1545… → 7.15
        ScoreItem reports = card.item("reports");
        figure(reports.earned(), "7.87", "reports earned");
        figure(reports.possible(), "11", "reports possible");
        figure(reports.points(), "7.15", "reports points");
        assertThat(reports.entries()).isEqualTo(7);
        // workforce 5 × 2.5 / 5 = 2.5; transparency 5 × 5/5 = 5
        figure(card.item("workforce").points(), "2.5", "workforce");
        assertThat(card.item("workforce").entries()).isEqualTo(2);
        figure(card.item("transparency").points(), "5", "transparency");
        // the unknown criterion: +1 as it is
        assertThat(card.others()).hasSize(1);
        figure(card.item("innovation-bonus").points(), "1", "unknown criterion");
        assertThat(card.item("innovation-bonus").weight()).isNull();
        // general = 0 + 2.5 + 7.1545… + 2.5 + 5 + 1 = 18.1545… → 18.15 (of 30)
        figure(card.generalPoints(), "18.15", "general points");
        figure(card.generalWeight(), "30", "general weight");
        figure(card.adjustment().points(), "2", "adjustment");
        // total = 18.1545… + 37.5 + 2 = 57.6545… → 57.65: completed (50–<70)
        figure(card.total(), "57.65", "total");
        figure(card.maxTotal(), "100", "max total");
        assertThat(card.classification()).isEqualTo(Classification.COMPLETED);
        totalsEqualEntries(vp, y);
        // score_total holds T3 once, at its newest correction: 10 + 10 + 10 + 10 + 7.5 = 47.5 points of 50
        figure(totals.forUnit(vp, y).get("task-result").points(), "47.5", "task-result sum");
        figure(totals.forUnit(vp, y).get("task-result").maxPoints(), "50", "task-result max sum");
        assertThat(totals.forUnit(vp, y).get("task-result").entries()).isEqualTo(5);

        // the drill-down: every task-result entry, T3 and the first correction marked as replaced by the newest
        List<ScorecardService.EntryLine> lines = scorecards.drillDown(vp, y, "task-result");
        assertThat(lines).hasSize(7);
        assertThat(lines.stream().filter(l -> !l.counts()).map(l -> l.entry().id()))
                .containsExactlyInAnyOrder(t3.id(), typo.id());
        assertThat(lines.stream().filter(l -> !l.counts()).map(ScorecardService.EntryLine::replacedBy))
                .containsOnly(fixed.id());
        assertThat(scorecards.entriesOf(vp, y, "reports", null)).hasSize(7);
        assertThat(scorecards.entriesOf(vp, y, "tasks", null)).hasSize(9);

        // the evaluation freezes the scorecard here
        long frozenAt = scorecards.lastEntryId();
        // after the freeze: T6 accepted on time (10/10), T1's result corrected to 7.5, the appraisal adjusts −1
        record(vp, y, "task-result", "10", "10", "task:906", "T6 đúng hạn");
        scores.correct(t1.id(), new BigDecimal("7.5"), "T1 thực ra chậm hạn", "reviewer");
        record(vp, y, "appraisal-adjustment", "-1", null, "unit:vp", "Thẩm định trừ 1");

        // frozen: the later T6 and T1 correction ignored, T3's earlier corrections kept, the later adjustment kept:
        // adjustment 2 − 1 = 1; total = 18.1545… + 37.5 + 1 = 56.6545… → 56.65
        Scorecard frozen = scorecards.frozen(vp, y, frozenAt);
        figure(frozen.tasks().quantity(), "50", "frozen quantity");
        figure(frozen.tasks().timeliness(), "-2.5", "frozen timeliness");
        figure(frozen.tasks().points(), "37.5", "frozen tasks");
        figure(frozen.adjustment().points(), "1", "frozen adjustment");
        assertThat(frozen.adjustment().entries()).isEqualTo(2);
        figure(frozen.generalPoints(), "18.15", "frozen general");
        figure(frozen.total(), "56.65", "frozen total");
        assertThat(scorecards.entriesOf(vp, y, "tasks", frozenAt)).hasSize(9);
        assertThat(scorecards.entriesOf(vp, y, "appraisal-adjustment", frozenAt)).hasSize(2);

        // now: quantity 60, completion 60 / 70 = 85.71 % (half: 2.5); timeliness (7.5 + 10 + 10 + 10 + 7.5 + 10)
        // − 60 = −5; tasks 60 − 5 − 10 = 45; total 18.1545… + 45 + 1 = 64.1545… → 64.15
        Scorecard now = scorecards.unit(vp, y);
        figure(now.tasks().quantity(), "60", "quantity now");
        figure(now.tasks().timeliness(), "-5", "timeliness now");
        figure(now.tasks().points(), "45", "tasks now");
        figure(now.completionPercent(), "85.71", "completion now");
        figure(now.item("plan-completion").points(), "2.5", "completion points now");
        figure(now.total(), "64.15", "total now");
        totalsEqualEntries(vp, y);
    }

    @Test
    void shouldBandPlanCompletionAtItsEdges() {
        int y = 2091;
        // task-result maxima of 70 task points: 63 → 90 % exactly: half; 63.01 → 90.01 %: full;
        // 49 → 70 % exactly: half; 48.99 → 69.985… → 69.99 %: none; 20 → 28.57 %: none; 70 → 100 %: full
        record("vp", y, "task-result", "63", "63", "task:1", "90 %");
        record("khtc", y, "task-result", "63.01", "63.01", "task:2", "90,01 %");
        record("tccb", y, "task-result", "49", "49", "task:3", "70 %");
        record("cds", y, "task-result", "48.99", "48.99", "task:4", "69,99 %");
        record("khcn", y, "task-result", "20", "20", "task:5", "28,57 %");
        record("pc", y, "task-result", "70", "70", "task:6", "100 %");

        assertBand("vp", y, "90.00", "2.5");
        assertBand("khtc", y, "90.01", "5");
        assertBand("tccb", y, "70.00", "2.5");
        assertBand("cds", y, "69.99", "0");
        assertBand("khcn", y, "28.57", "0");
        assertBand("pc", y, "100.00", "5");
        for (String unit : List.of("vp", "khtc", "tccb", "cds", "khcn", "pc")) {
            totalsEqualEntries(unit, y);
        }
    }

    private void assertBand(String unit, int year, String percent, String points) {
        Scorecard card = scorecards.unit(unit, year);
        figure(card.completionPercent(), percent, unit + " completion");
        figure(card.item("plan-completion").points(), points, unit + " completion points");
        // nothing else recorded: general = the completion item, tasks = quantity (no delay, no return)
        figure(card.generalPoints(), points, unit + " general");
        figure(card.total(), new BigDecimal(points).add(card.tasks().quantity()).toPlainString(), unit + " total");
    }

    @Test
    void shouldKeepEachPartAndTheTotalWithinItsBounds() {
        int y = 2092;
        // vp above every bound: plan-issued 10 of 5 (item kept at its weight 5); an unknown criterion +40
        // (general kept at 30); task-result 80 of 80 (tasks kept at 70, completion 114.29 %: full);
        // adjustment +5 (total kept at 100)
        record("vp", y, "plan-issued-on-time", "10", "5", "plan:1", "quá mức");
        record("vp", y, "extra-bonus", "40", null, "unit:vp", "cộng lớn");
        record("vp", y, "task-result", "80", "80", "task:10", "nhiều nhiệm vụ");
        record("vp", y, "appraisal-adjustment", "5", null, "unit:vp", "cộng 5");
        Scorecard high = scorecards.unit("vp", y);
        figure(high.item("plan-issued").points(), "5", "item at its weight");
        figure(high.item("extra-bonus").points(), "40", "the unknown criterion itself");
        figure(high.generalPoints(), "30", "general at 30");
        figure(high.tasks().quantity(), "80", "quantity as recorded");
        figure(high.tasks().points(), "70", "tasks at 70");
        figure(high.completionPercent(), "114.29", "completion");
        figure(high.item("plan-completion").points(), "5", "full");
        figure(high.total(), "100", "total at 100");
        assertThat(high.classification()).isEqualTo(Classification.EXCELLENT);
        totalsEqualEntries("vp", y);

        // khtc below every bound: an unknown criterion −40 (general 0, not −40 + …); a report returned with nothing
        // earned (reports: possible 0 → 0); task 0 of 10 with three returns (10 − 10 − 7.5 = −7.5 → 0);
        // adjustment −5 (total 0)
        record("khtc", y, "extra-penalty", "-40", null, "unit:khtc", "trừ lớn");
        record("khtc", y, "plan-published", "5", "5", "plan:2", "công khai");
        record("khtc", y, "report-returned", "-0.63", null, "report:20", "trả lại");
        record("khtc", y, "task-result", "0", "10", "task:20", "không đạt");
        for (int i = 0; i < 3; i++) {
            record("khtc", y, "task-returned", "-2.5", null, "task:20", "trả lại " + i);
        }
        record("khtc", y, "appraisal-adjustment", "-5", null, "unit:khtc", "trừ 5");
        Scorecard low = scorecards.unit("khtc", y);
        figure(low.item("reports").points(), "0", "reports with no maximum");
        figure(low.item("reports").earned(), "-0.63", "reports earned");
        figure(low.item("transparency").points(), "5", "transparency");
        // general 5 − 40 = −35 → 0
        figure(low.generalPoints(), "0", "general at 0");
        // tasks: quantity 10, timeliness 0 − 10 = −10, quality −7.5: −7.5 → 0
        figure(low.tasks().quantity(), "10", "quantity");
        figure(low.tasks().timeliness(), "-10", "timeliness");
        figure(low.tasks().quality(), "-7.5", "quality");
        figure(low.tasks().points(), "0", "tasks at 0");
        figure(low.total(), "0", "total at 0");
        assertThat(low.classification()).isEqualTo(Classification.NOT_COMPLETED);
        totalsEqualEntries("khtc", y);
    }
}
