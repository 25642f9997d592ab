package vn.plancycle.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the tests' own databases on the local PostgreSQL (fresh for every run).
 * Used by Maven before the packaged app starts for the browser tests, and by
 * {@link TestDatabaseSessionListener} before the in-JVM tests.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** args: server JDBC url (ending in /), user, database names... */
    public static void main(String[] args) throws SQLException {
        for (int i = 2; i < args.length; i++) {
            recreate(args[0], args[1], args[i]);
        }
    }

    public static void recreate(String serverUrl, String user, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
