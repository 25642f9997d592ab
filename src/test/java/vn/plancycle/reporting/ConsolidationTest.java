package vn.plancycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.plancycle.plan.TaskGroup;
import vn.plancycle.testsupport.AppTest;
import vn.plancycle.web.ApiException;

/**
 * The reviewer's overview of a cycle: three reports in different states (vp accepted but late, khtc
 * returned twice and escalated, tccb untouched with no plan), their rows and the totals per task
 * group. Q3 2073, cut-off 14 September.
 */
@AppTest
class ConsolidationTest {

    static final int YEAR = 2073;

    @Autowired
    Consolidation consolidation;
    @Autowired
    ReportPrefill prefill;
    @Autowired
    UnitReportRepository reports;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;

    /** Three reports of one cycle in different states, pre-filled; returns the cycle. */
    static ReportingCycle threeReports(ReportDataFixtures fx, ReportPrefill prefill, UnitReportRepository reports,
            int year) {
        long vpPlan = fx.plan("vp", year, "PUBLISHED");
        long onTime = fx.task(vpPlan, "vp", year, 1, TaskGroup.AWARENESS, "Tuyên truyền chuyển đổi số",
                LocalDate.of(year, 8, 1));
        fx.reported(onTime, LocalDateTime.of(year, 7, 20, 9, 0));
        fx.accepted(onTime, LocalDateTime.of(year, 7, 21, 9, 0));
        long late = fx.task(vpPlan, "vp", year, 2, TaskGroup.AWARENESS, "Hội nghị phổ biến", LocalDate.of(year, 7, 1));
        fx.reported(late, LocalDateTime.of(year, 7, 10, 9, 0));
        fx.accepted(late, LocalDateTime.of(year, 7, 11, 9, 0));
        fx.task(vpPlan, "vp", year, 3, TaskGroup.DIGITAL_GOVERNMENT, "Số hoá hồ sơ lưu trữ", LocalDate.of(year, 12, 1));

        long khtcPlan = fx.plan("khtc", year, "PUBLISHED");
        long overdue = fx.task(khtcPlan, "khtc", year, 1, TaskGroup.AWARENESS, "Tập huấn cán bộ",
                LocalDate.of(year, 9, 1));
        fx.progress(overdue, 50, LocalDateTime.of(year, 8, 1, 9, 0));
        long working = fx.task(khtcPlan, "khtc", year, 2, TaskGroup.LEADERSHIP, "Đề án tài chính",
                LocalDate.of(year, 10, 31));
        fx.progress(working, 20, LocalDateTime.of(year, 8, 1, 9, 0));
        long done = fx.task(khtcPlan, "khtc", year, 3, TaskGroup.DIGITAL_GOVERNMENT, "Dịch vụ công trực tuyến",
                LocalDate.of(year, 11, 30));
        fx.reported(done, LocalDateTime.of(year, 9, 1, 9, 0));
        fx.accepted(done, LocalDateTime.of(year, 9, 2, 9, 0));

        ReportingCycle cycle = fx.periodicCycle(year, ReportingPeriod.Q3);
        LocalDateTime at = LocalDateTime.of(year, 9, 15, 8, 0);

        UnitReport vp = fx.report(cycle, "vp");
        prefill.prefill(vp.getId());
        vp = reports.findById(vp.getId()).orElseThrow();
        vp.write("Hoàn thành 2/3 nhiệm vụ; tuyên truyền rộng rãi về \"chuyển đổi số\" & <đổi mới>.",
                "Nhân lực còn thiếu.", "Số hoá hồ sơ lưu trữ.", "Đề nghị bổ sung kinh phí.", "staff-vp", at);
        vp.sentToHead(at);
        vp.markLate();
        vp.signed("head-vp", at.plusDays(1));
        vp.accepted("reviewer", at.plusDays(2));
        reports.save(vp);

        UnitReport khtc = fx.report(cycle, "khtc");
        prefill.prefill(khtc.getId());
        khtc = reports.findById(khtc.getId()).orElseThrow();
        khtc.write("Đã triển khai dịch vụ công trực tuyến.", null, "Hoàn thành đề án tài chính.", null, "staff-khtc",
                at);
        khtc.sentToHead(at);
        khtc.signed("head-khtc", at);
        khtc.returnedByReviewer("Thiếu số liệu", "reviewer");
        khtc.sentToHead(at.plusDays(1));
        khtc.signed("head-khtc", at.plusDays(1));
        khtc.returnedByReviewer("Vẫn thiếu số liệu", "reviewer");
        khtc.markEscalated();
        reports.save(khtc);

        UnitReport tccb = fx.report(cycle, "tccb");
        prefill.prefill(tccb.getId());
        return cycle;
    }

    @Test
    void shouldListEveryUnitWithItsStateAndSumTheGroupsAcrossUnits() {
        ReportDataFixtures fx = new ReportDataFixtures(jdbc, cycles, reports, calendar);
        ReportingCycle cycle = threeReports(fx, prefill, reports, YEAR);

        Consolidation.CycleOverview overview = consolidation.overview(cycle.getId());

        assertThat(overview.cycle().getBusinessKey()).isEqualTo("CYCLE-2073-Q3");
        assertThat(overview.units())
                .extracting(Consolidation.UnitRow::unitCode, Consolidation.UnitRow::status,
                        Consolidation.UnitRow::late, Consolidation.UnitRow::escalated,
                        Consolidation.UnitRow::returnCount, Consolidation.UnitRow::assigned,
                        Consolidation.UnitRow::done, Consolidation.UnitRow::overdue,
                        Consolidation.UnitRow::completionPercent)
                .containsExactly(
                        tuple("khtc", ReportStatus.RETURNED, false, true, 2, 3, 1, 1, new BigDecimal("33.3")),
                        tuple("tccb", ReportStatus.NOT_STARTED, false, false, 0, 0, 0, 0, new BigDecimal("0.0")),
                        tuple("vp", ReportStatus.ACCEPTED, true, false, 0, 3, 2, 0, new BigDecimal("66.7")));
        Consolidation.UnitRow vp = overview.units().get(2);
        assertThat(vp.unitName()).isEqualTo("Văn phòng Bộ");
        assertThat(vp.signedAt()).isEqualTo(LocalDateTime.of(YEAR, 9, 16, 8, 0));
        assertThat(vp.reportId()).isEqualTo(reports.findByCycleIdAndUnitCode(cycle.getId(), "vp").orElseThrow().getId());
        assertThat(overview.units().get(1).signedAt()).isNull();

        assertThat(overview.groups())
                .extracting(Consolidation.GroupTotal::group, Consolidation.GroupTotal::assigned,
                        Consolidation.GroupTotal::doneOnTime, Consolidation.GroupTotal::doneLate,
                        Consolidation.GroupTotal::inProgress, Consolidation.GroupTotal::notStarted,
                        Consolidation.GroupTotal::overdue, Consolidation.GroupTotal::completionPercent)
                .containsExactly(
                        tuple(TaskGroup.AWARENESS, 3, 1, 1, 0, 0, 1, new BigDecimal("66.7")),
                        tuple(TaskGroup.LEADERSHIP, 1, 0, 0, 1, 0, 0, new BigDecimal("0.0")),
                        tuple(TaskGroup.DIGITAL_GOVERNMENT, 2, 1, 0, 0, 1, 0, new BigDecimal("50.0")));
        assertThat(overview.total()).isEqualTo(
                new Consolidation.GroupTotal(null, 6, 2, 1, 1, 1, 1, new BigDecimal("50.0")));
    }

    @Test
    void shouldRefuseAnUnknownCycleWithAMessageInVietnamese() {
        assertThatThrownBy(() -> consolidation.overview(987_654_321L))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("vi")))
                            .isEqualTo("Không tìm thấy kỳ báo cáo số 987654321.");
                    assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH))
                            .isEqualTo("Reporting cycle 987654321 not found.");
                });
    }
}
