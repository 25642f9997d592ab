package vn.plancycle.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** {@code plancycle.notification.*}: sender address, template folder override, links' base address. */
@Component
@ConfigurationProperties("plancycle.notification")
public class NotificationSettings {

    /** The From address of every e-mail. */
    private String from = "plancycle@localhost";
    /** A folder whose {@code {template}.txt} files win over the built-in ones; empty = built-in only. */
    private String templateDir = "";
    /** The address people open the application at, for the links in e-mails. */
    private String baseUrl = "http://localhost:8080";

    /** Whether e-mails go out at all; when off, notifications reach the in-app inbox only. */
    private boolean mailEnabled = true;

    public boolean isMailEnabled() {
        return mailEnabled;
    }

    public void setMailEnabled(boolean mailEnabled) {
        this.mailEnabled = mailEnabled;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTemplateDir() {
        return templateDir;
    }

    public void setTemplateDir(String templateDir) {
        this.templateDir = templateDir;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
}
