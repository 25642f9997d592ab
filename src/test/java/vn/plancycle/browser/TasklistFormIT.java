package vn.plancycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Tasklist as the people of a unit use it: the Vietnamese filters of their role, a task's Camunda Form (Vietnamese
 * label and help text) that refuses a missing confirmation and keeps the task open, the
 * completed task leaving the list, and the result waiting in the head's "Chờ tôi phê duyệt". Unit {@code tccb},
 * year 2018: its plan is published through the API, and its first task (owned by staff-tccb) is carried out here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistFormIT extends BrowserTest {

    private static final String UNIT = "tccb";
    private static final int YEAR = 2018;
    private static final String TITLE = "Rà soát biểu mẫu công việc trên Tasklist";
    private static final String CARRY_OUT = "Thực hiện và báo cáo kết quả nhiệm vụ";
    private static final String ACCEPT = "Nghiệm thu kết quả nhiệm vụ";

    private static String carryOutTaskId;

    private static String carryOutTask() throws Exception {
        if (carryOutTaskId == null) {
            String staff = "staff-" + UNIT;
            AppApi.publishPlan(UNIT, YEAR, List.of(
                    AppApi.task(TITLE, "AWARENESS", "Biên bản rà soát", staff, YEAR + "-03-31"),
                    AppApi.task("Ban hành kế hoạch chuyển đổi số 2018", "LEADERSHIP", "Quyết định", "head-" + UNIT,
                            YEAR + "-04-30"),
                    AppApi.task("Đào tạo kỹ năng số 2018", "WORKFORCE", "Lớp đào tạo", staff, YEAR + "-06-30"),
                    AppApi.task("Công khai kết quả 2018", "TRANSPARENCY", "Bài đăng", staff, YEAR + "-09-30"),
                    AppApi.task("Tự đánh giá năm 2018", "MONITORING", "Báo cáo", "head-" + UNIT, YEAR + "-12-10")));
            JsonNode tasks = AppApi.awaitJson(staff, "/engine-rest/task?maxResults=50&assignee=" + staff
                    + "&processVariables=taskTitle_eq_" + java.net.URLEncoder.encode(TITLE, "UTF-8"), 90);
            carryOutTaskId = tasks.get(0).get("id").asText();
        }
        return carryOutTaskId;
    }

    private static boolean open(String user, String taskId) throws Exception {
        return AppApi.call(user, "GET", "/engine-rest/task/" + taskId, null).statusCode() == 200;
    }

    private void openTasklist() {
        open("/camunda/app/tasklist/");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Việc của tôi"));
    }

    private WebElement filter(String name) {
        return waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')]/h4[contains(@class,'name')]/a[starts-with(normalize-space(.),'"
                        + name + "')]")));
    }

    /** The names of the filters Tasklist lists, in its order. */
    private String filterNames() {
        return String.join(" | ", driver.findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .map(WebElement::getText).toList());
    }

    /** The list's entry of a task, found by the task title shown among the filter's variables. */
    private By taskEntry(String taskName) {
        return By.xpath("//li[contains(@class,'task')][.//h4[contains(normalize-space(.),'" + taskName + "')]]"
                + "[contains(normalize-space(.),'" + TITLE + "')]");
    }

    @Test
    @Order(1)
    void staffSeeTheirFiltersAndTheFormRefusesAMissingConfirmationThenCompletes() throws Exception {
        String taskId = carryOutTask();
        logIn("staff-" + UNIT);
        openTasklist();
        String filters = filterNames();
        assertThat(filters).startsWith("Việc của tôi").contains("Việc của đơn vị tôi", "Quá hạn")
                .doesNotContain("Chờ tôi phê duyệt");

        filter("Việc của tôi").click();
        WebElement entry = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(taskEntry(CARRY_OUT)));
        // the list shows the variables a person needs, with their Vietnamese labels
        assertThat(entry.getText()).contains("Nhiệm vụ").contains(TITLE);
        entry.findElement(By.cssSelector("h4 a")).click();

        WebElement checkbox = waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-container input[type='checkbox']")));
        assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
                .contains("Tôi xác nhận nhiệm vụ đã hoàn thành và đã đính kèm minh chứng")
                .contains("Bắt buộc: chỉ đánh dấu khi nhiệm vụ đã xong.");
        assertThat(checkbox.isSelected()).isFalse();

        WebElement complete = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[type='submit'][ng-click='complete()']")));
        assertThat(complete.getText()).isEqualTo("Hoàn thành");
        complete.click();
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-form-field-error")));
        // form-js (bundled with Tasklist 7.24) writes "Field is required."; plancycle/tasklist-forms.js says it in Vietnamese
        waitUpTo(10).until(ExpectedConditions.textToBe(By.cssSelector(".fjs-form-field-error"), "Mục này là bắt buộc."));
        assertThat(open("staff-" + UNIT, taskId)).as("the task is still open").isTrue();

        checkbox.click();
        assertThat(checkbox.isSelected()).isTrue();
        complete.click();
        waitUpTo(60).pollingEvery(Duration.ofSeconds(1)).until(ExpectedConditions.invisibilityOfElementLocated(
                taskEntry(CARRY_OUT)));
        assertThat(open("staff-" + UNIT, taskId)).as("the task is completed").isFalse();
    }

    @Test
    @Order(2)
    void theHeadFindsTheResultInTheApprovalFilter() throws Exception {
        carryOutTask();
        // the carry-out step may already have been completed by the test before; if not, complete it here
        if (open("staff-" + UNIT, carryOutTaskId)) {
            AppApi.ok(AppApi.call("staff-" + UNIT, "POST", "/engine-rest/task/" + carryOutTaskId + "/submit-form",
                    AppApi.JSON.writeValueAsString(Map.of("variables", Map.of("reportDone", Map.of("value", true))))));
        }
        logIn("head-" + UNIT);
        openTasklist();
        assertThat(filterNames()).contains("Việc của tôi", "Việc của đơn vị tôi", "Chờ tôi phê duyệt", "Quá hạn");
        filter("Chờ tôi phê duyệt").click();
        WebElement entry = waitUpTo(90).pollingEvery(Duration.ofSeconds(3)).until(d -> {
            List<WebElement> found = d.findElements(taskEntry(ACCEPT));
            if (found.isEmpty()) {
                filter("Chờ tôi phê duyệt").click(); // the result reaches the head through an asynchronous step
                return null;
            }
            return found.get(0);
        });
        assertThat(entry.getText()).contains("Nhiệm vụ").contains(TITLE).contains("Đơn vị").contains(UNIT);
    }
}
