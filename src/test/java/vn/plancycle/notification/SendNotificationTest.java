package vn.plancycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import vn.plancycle.testsupport.AppTest;
import vn.plancycle.testsupport.TestSmtp;

/**
 * The "send a notification" step against a real SMTP server (GreenMail on the test profile's port
 * 3025): every member of a group gets one inbox message and one e-mail; retries after a partial or
 * total SMTP outage send only what is missing; retries running out raise an incident.
 */
@AppTest
class SendNotificationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(TestSmtp.PORT, null, "smtp"));

    private static final int YEAR = 2041;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotificationService notificationService;

    @BeforeEach
    void deploy() {
        NotifyProbe.deploy(repositoryService);
    }

    /** A group of three: two with an e-mail address, one without. */
    private String team(String name) {
        String group = "probe-" + name;
        NotifyProbe.user(identityService, group + "-a", group + "-a@plancycle.local", group);
        NotifyProbe.user(identityService, group + "-b", group + "-b@plancycle.local", group);
        NotifyProbe.user(identityService, group + "-c", null, group);
        return group;
    }

    private String start(String recipients, String template, Map<String, Object> more) {
        Map<String, Object> vars = new java.util.HashMap<>(more);
        vars.put(NotifyProbe.VAR_RECIPIENTS, recipients);
        vars.put(NotifyProbe.VAR_TEMPLATE, template);
        return NotifyProbe.startAtNotify(runtimeService, YEAR, vars);
    }

    private Job notifyJob(String processInstanceId) {
        return NotifyProbe.job(managementService, processInstanceId, NotifyProbe.TASK_NOTIFY);
    }

    private long inbox(String processInstanceId, String recipient) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE idempotency_key LIKE ? AND recipient = ?",
                Long.class, processInstanceId + ":%", recipient);
    }

    private long inboxRows(String processInstanceId) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE idempotency_key LIKE ?", Long.class,
                processInstanceId + ":%");
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String unitName(String code) {
        return jdbc.queryForObject("SELECT name FROM unit WHERE code = ?", String.class, code);
    }

    @Test
    void shouldGiveEveryGroupMemberOneInboxMessageAndOneMailInVietnamese() throws Exception {
        String group = team("group");
        NotifyProbe.user(identityService, "probe-single", "probe-single@plancycle.local", null);
        String pi = start("group:" + group + ", probe-single, " + group + "-a", "plan-returned",
                Map.of("returnComment", "Bổ sung sản phẩm cho nhiệm vụ đào tạo"));

        managementService.executeJob(notifyJob(pi).getId());

        for (String user : List.of(group + "-a", group + "-b", group + "-c", "probe-single")) {
            assertThat(inbox(pi, user)).as("inbox of " + user).isEqualTo(1);
        }
        assertThat(mailsTo(group + "-a@plancycle.local")).hasSize(1);
        assertThat(mailsTo(group + "-b@plancycle.local")).hasSize(1);
        assertThat(mailsTo("probe-single@plancycle.local")).hasSize(1);
        MimeMessage mail = mailsTo(group + "-b@plancycle.local").get(0);
        String unit = unitName("vp");
        assertThat(mail.getSubject()).isEqualTo("Kế hoạch năm " + YEAR + " của " + unit + " được trả lại để hoàn thiện");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("\"Bổ sung sản phẩm cho nhiệm vụ đào tạo\"")
                .contains("http://localhost:8080/plans").doesNotContain("{returnComment}", "{unitName}", "{link}");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("plancycle@localhost");

        String body = jdbc.queryForObject("SELECT body FROM inbox_message WHERE idempotency_key LIKE ? AND recipient = ?",
                String.class, pi + ":%", group + "-c");
        assertThat(body).contains(unit).contains("Bổ sung sản phẩm cho nhiệm vụ đào tạo");
        // the process moved on to the next step
        assertThat(notifyJob(pi)).isNull();
        assertThat(NotifyProbe.job(managementService, pi, NotifyProbe.TASK_SCORE)).isNotNull();
    }

    @Test
    void shouldNotifyTheDemoUnitHeadByGroup() throws Exception {
        String pi = start("group:unit-vp-head", "plan-submitted", Map.of());
        managementService.executeJob(notifyJob(pi).getId());

        List<String> heads = identityService.createUserQuery().memberOfGroup("unit-vp-head").list().stream()
                .map(User::getId).toList();
        assertThat(heads).contains("head-vp");
        for (String head : heads) {
            assertThat(inbox(pi, head)).isEqualTo(1);
        }
        String email = identityService.createUserQuery().userId("head-vp").singleResult().getEmail();
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(email).get(0).getSubject()).contains("chờ đồng chí phê duyệt").contains(String.valueOf(YEAR));
    }

    @Test
    void shouldSendOnlyTheMissingMailsWhenARetryFollowsAFailureAfterTheFirstRecipient() throws Exception {
        String group = team("partial");
        User b = identityService.createUserQuery().userId(group + "-b").singleResult();
        b.setEmail(group + "-b@"); // this address fails: the job fails after the first mail went out
        identityService.saveUser(b);
        NotifyProbe.user(identityService, group + "-d", group + "-d@plancycle.local", group);
        String pi = start("group:" + group, "plan-approved", Map.of());
        String jobId = notifyJob(pi).getId();

        assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(NotificationFailedException.class)
                .hasMessageContaining(group + "-b");
        assertThat(mailsTo(group + "-a@plancycle.local")).hasSize(1);
        assertThat(mailsTo(group + "-d@plancycle.local")).isEmpty();
        assertThat(inboxRows(pi)).as("inbox rows roll back with the failed job").isZero();
        Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getExceptionMessage()).contains(group + "-b");

        b.setEmail(group + "-b@plancycle.local");
        identityService.saveUser(b);
        managementService.executeJob(jobId);

        assertThat(mailsTo(group + "-a@plancycle.local")).as("not sent twice").hasSize(1);
        assertThat(mailsTo(group + "-b@plancycle.local")).hasSize(1);
        assertThat(mailsTo(group + "-d@plancycle.local")).hasSize(1);
        for (String user : List.of(group + "-a", group + "-b", group + "-c", group + "-d")) {
            assertThat(inbox(pi, user)).as("inbox of " + user).isEqualTo(1);
        }
    }

    @Test
    void shouldRetryAfterAnSmtpOutageAndDeliverEverythingExactlyOnce() throws Exception {
        String group = team("outage");
        String pi = start("group:" + group, "plan-published", Map.of());
        String jobId = notifyJob(pi).getId();

        greenMail.stop();
        try {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(NotificationFailedException.class);
        } finally {
            greenMail.start();
        }
        Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(failed.getRetries()).as("R5 cycle: 5 attempts, one used").isEqualTo(4);
        assertThat(failed.getDuedate()).as("retried later, not at once").isNotNull();
        assertThat(inboxRows(pi)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_delivery WHERE idempotency_key LIKE ?", Long.class,
                pi + ":%")).isZero();

        managementService.executeJob(jobId);

        assertThat(jdbc.queryForList("SELECT DISTINCT idempotency_key FROM inbox_message WHERE idempotency_key LIKE ?",
                String.class, pi + ":%")).as("the step's key is the same on every attempt")
                .containsExactly(pi + ":" + NotifyProbe.TASK_NOTIFY + ":job-" + jobId);
        assertThat(mailsTo(group + "-a@plancycle.local")).hasSize(1);
        assertThat(mailsTo(group + "-b@plancycle.local")).hasSize(1);
        for (String user : List.of(group + "-a", group + "-b", group + "-c")) {
            assertThat(inbox(pi, user)).isEqualTo(1);
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    }

    @Test
    void shouldRaiseAnIncidentWhenRetriesRunOut() {
        String group = team("incident");
        String pi = start("group:" + group, "plan-escalated", Map.of());
        String jobId = notifyJob(pi).getId();

        greenMail.stop();
        try {
            for (int attempt = 5; attempt > 0; attempt--) {
                assertThatThrownBy(() -> managementService.executeJob(jobId))
                        .isInstanceOf(NotificationFailedException.class);
                assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries())
                        .isEqualTo(attempt - 1);
            }
        } finally {
            greenMail.start();
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(NotifyProbe.TASK_NOTIFY);
        assertThat(inboxRows(pi)).isZero();
    }

    @Test
    void shouldHonourTheChannel() {
        String group = team("channel");
        String inboxOnly = start("group:" + group, "plan-approved", Map.of(NotifyProbe.VAR_CHANNEL, "inbox"));
        managementService.executeJob(notifyJob(inboxOnly).getId());
        assertThat(inboxRows(inboxOnly)).isEqualTo(3);
        assertThat(mailsTo(group + "-a@plancycle.local")).isEmpty();

        String emailOnly = start("group:" + group, "plan-approved", Map.of(NotifyProbe.VAR_CHANNEL, "email"));
        managementService.executeJob(notifyJob(emailOnly).getId());
        assertThat(inboxRows(emailOnly)).isZero();
        assertThat(mailsTo(group + "-a@plancycle.local")).hasSize(1);
        assertThat(mailsTo(group + "-b@plancycle.local")).hasSize(1);
    }

    @Test
    void shouldNotSendTwiceWhenTheSameStepRunsAgain() {
        String group = team("twice");
        NotificationRequest request = new NotificationRequest("test-pi:Task_Twice:job-1", "group:" + group,
                "plan-approval-reminder", Channel.BOTH, Map.of("unitCode", "vp", "year", YEAR));

        notificationService.send(request);
        notificationService.send(request);

        assertThat(mailsTo(group + "-a@plancycle.local")).hasSize(1);
        assertThat(mailsTo(group + "-b@plancycle.local")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE idempotency_key = ?", Long.class,
                "test-pi:Task_Twice:job-1")).isEqualTo(3);
    }

    @Test
    void shouldRetryLikeTheOthersWhenTheModelHasNoRetryCycle() {
        String group = team("plain");
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("notify-probe-plain").count() == 0) {
            repositoryService.createDeployment().name("notify-probe-plain").addModelInstance("notify-probe-plain.bpmn",
                    Bpmn.createExecutableProcess("notify-probe-plain").name("Thử thông báo không khai báo thử lại")
                            .camundaHistoryTimeToLive(1)
                            .startEvent("StartEvent_PlainStarted").name("Bắt đầu thử")
                            .serviceTask("Task_NotifyPlain").name("Gửi thông báo thử").camundaAsyncBefore()
                            .camundaDelegateExpression("${sendNotificationDelegate}")
                            .camundaInputParameter("recipients", "group:" + group)
                            .camundaInputParameter("template", "plan-approved")
                            .endEvent("EndEvent_PlainDone").name("Đã thử xong")
                            .done()).deploy();
        }
        String pi = runtimeService.startProcessInstanceByKey("notify-probe-plain",
                Map.of("unitCode", "vp", "year", YEAR)).getId();
        String jobId = managementService.createJobQuery().processInstanceId(pi).singleResult().getId();

        greenMail.stop();
        try {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(NotificationFailedException.class);
        } finally {
            greenMail.start();
        }
        Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(failed.getRetries()).as("the configured R5/PT5M, not the engine's 3").isEqualTo(4);
        assertThat(failed.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 4 * 60_000));
    }
}
