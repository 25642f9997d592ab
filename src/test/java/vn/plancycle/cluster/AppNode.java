package vn.plancycle.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One PlanCycle node for the cluster and fault tests: the packaged jar ({@code target/plancycle.jar}, built by
 * {@code mvn verify} before the failsafe tests) started as a process of its own on a given database, port and
 * SMTP port, its log in {@code target/cluster/<name>.log}. It can be stopped gracefully, killed with SIGKILL (as
 * {@code kill -9}), and started again on the same settings.
 */
public final class AppNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String name;
    private final String jdbcUrl;
    private final int port;
    private final int smtpPort;
    private final List<String> extraArgs;
    private Process process;

    /**
     * @param name      used for the log file and in messages
     * @param jdbcUrl   the database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/plancycle_cluster}
     * @param smtpPort  the SMTP server the node mails to (127.0.0.1)
     * @param extraArgs further Spring arguments ({@code --plancycle.process.notification-retry-cycle=R3/PT2S}, ...)
     */
    public AppNode(String name, String jdbcUrl, int smtpPort, List<String> extraArgs) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.port = freePort();
        this.smtpPort = smtpPort;
        this.extraArgs = List.copyOf(extraArgs);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Path log() {
        return Path.of("target", "cluster", name + ".log");
    }

    /** Starts the node (profiles {@code postgres,demo}) and returns once its login page answers. */
    public AppNode start(Duration timeout) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/plancycle.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged application at " + jar.toAbsolutePath()
                    + ": run the cluster tests through mvn verify (it packages first)");
        }
        Files.createDirectories(log().getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--spring.profiles.active=postgres,demo",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + System.getProperty("test.pg.user", "postgres"),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--plancycle.notification.mail-enabled=true",
                "--logging.file.name=" + log().toAbsolutePath(),
                // the log goes to the file only: nothing reads standard output, and a full pipe blocks every thread
                "--logging.pattern.console=",
                "--spring.main.banner-mode=off"));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        log().resolveSibling(name + ".out").toFile()))
                .start();
        awaitAnswer(timeout);
        return this;
    }

    private void awaitAnswer(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue()
                        + " while starting; see " + log().toAbsolutePath());
            }
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + name + " did not answer on " + baseUrl() + " within " + timeout
                + "; see " + log().toAbsolutePath());
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, open transactions are lost. */
    public void kill9() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A graceful stop (SIGTERM), waiting for the process to end. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
