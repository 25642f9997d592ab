package vn.plancycle.testsupport;

/** The SMTP port of the in-JVM tests' GreenMail (the test profile mails there). */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("test.smtp.port", 3025);

    private TestSmtp() {
    }
}
