package vn.plancycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notification texts: Vietnamese, filled from the step's values, overridable on disk, never crashing. */
class NotificationTemplatesTest {

    static final List<String> UNIT_PLAN_TEMPLATES = List.of("plan-submitted", "plan-returned", "plan-approved",
            "plan-published", "plan-invalid", "plan-approval-reminder", "plan-escalated");

    private final NotificationSettings settings = new NotificationSettings();
    private final NotificationTemplates templates = new NotificationTemplates(settings);

    private static Map<String, String> values() {
        return Map.of("unitName", "Văn phòng Bộ", "year", "2026", "returnComment", "Bổ sung thời hạn cho nhiệm vụ 3",
                "validationProblems", "- Nhiệm vụ 3 chưa có thời hạn", "baseUrl", "https://plancycle.example.vn");
    }

    @Test
    void shouldFillEveryUnitPlanTemplateInVietnamese() {
        for (String name : UNIT_PLAN_TEMPLATES) {
            RenderedMessage m = templates.render(name, values());
            assertThat(m.subject()).as(name).containsIgnoringCase("kế hoạch năm 2026").contains("Văn phòng Bộ").doesNotContain("{");
            assertThat(m.body()).as(name).contains("Văn phòng Bộ").doesNotContain("{").contains("https://plancycle.example.vn/");
            assertThat(m.link()).as(name).startsWith("https://plancycle.example.vn/");
        }
        assertThat(templates.render("plan-returned", values()).body()).contains("\"Bổ sung thời hạn cho nhiệm vụ 3\"");
        assertThat(templates.render("plan-invalid", values()).body())
                .contains("rõ việc, rõ người, rõ thời hạn").contains("- Nhiệm vụ 3 chưa có thời hạn");
        assertThat(templates.render("plan-escalated", values()).subject()).startsWith("Báo cáo Lãnh đạo Bộ");
    }

    @Test
    void shouldLeaveAMissingPlaceholderVisible() {
        RenderedMessage m = templates.render("plan-returned", Map.of("year", "2026"));
        assertThat(m.subject()).isEqualTo("Kế hoạch năm 2026 của {unitName} được trả lại để hoàn thiện");
        assertThat(m.body()).contains("{returnComment}").contains("{baseUrl}/plans");
    }

    @Test
    void shouldPreferATemplateFromTheConfiguredFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plan-approved.txt"),
                "Subject: Đã duyệt: {unitName} ({missing})\nLink: /plans\n\nNội dung riêng của Bộ, năm {year}.\n",
                StandardCharsets.UTF_8);
        settings.setTemplateDir(dir.toString());

        RenderedMessage overridden = templates.render("plan-approved", values());
        assertThat(overridden.subject()).isEqualTo("Đã duyệt: Văn phòng Bộ ({missing})");
        assertThat(overridden.body()).isEqualTo("Nội dung riêng của Bộ, năm 2026.");
        assertThat(overridden.link()).isEqualTo("/plans");
        // a template not in the folder still comes from the class path
        assertThat(templates.render("plan-submitted", values()).subject()).contains("chờ đồng chí phê duyệt");
    }

    @Test
    void shouldRefuseAnUnknownOrUnsafeTemplateName() {
        assertThatThrownBy(() -> templates.render("no-such-template", values()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-template");
        assertThatThrownBy(() -> templates.render("../application", values()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldResolveTheChannel() {
        assertThat(Channel.of(null)).isEqualTo(Channel.BOTH);
        assertThat(Channel.of("inbox").email()).isFalse();
        assertThat(Channel.of("EMAIL").inbox()).isFalse();
        assertThatThrownBy(() -> Channel.of("sms")).isInstanceOf(IllegalArgumentException.class);
    }
}
