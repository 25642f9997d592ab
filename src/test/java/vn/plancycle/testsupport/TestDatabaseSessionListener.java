package vn.plancycle.testsupport;

import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Recreates the database of the in-JVM tests once per test JVM (surefire), before any test runs. */
public class TestDatabaseSessionListener implements LauncherSessionListener {

    public static final String DATABASE = System.getProperty("test.db", "plancycle_test");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("app.url") != null) {
            return; // failsafe: the browser tests use the packaged app's own database
        }
        try {
            TestDatabases.recreate(System.getProperty("test.pg.url", "jdbc:postgresql://127.0.0.1:5432/"),
                    System.getProperty("test.pg.user", "postgres"), DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database on PostgreSQL: " + e.getMessage(), e);
        }
    }
}
