package vn.plancycle.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps a screenshot of the page under target/screenshots when a browser test fails (before the browser closes). */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && context.getTestInstance().orElse(null) instanceof BrowserTest test
                && test.driver() != null) {
            test.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }
}
