package vn.thidua.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL server for the tests: one per test JVM, started on first use and stopped
 * when the JVM ends; each caller gets a new, empty database ({@link #newDatabase}).
 *
 * <p>Where the server comes from, in order:
 * <ol>
 *   <li>{@code THIDUA_TEST_POSTGRES}: the URL of a running server and a role that may create databases
 *       (e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=thidua_test}); what CI may give;</li>
 *   <li>else its own: {@code initdb} into a temporary folder and {@code pg_ctl start} on a free port,
 *       with {@code fsync=off} (nothing here must outlive the run), the binaries found on the PATH, in
 *       {@code /usr/lib/postgresql/<major>/bin} (Debian's package, newest first) or {@code /usr/local/bin}.
 *       PostgreSQL refuses to run as root: as root, the server runs as the user {@code postgres}
 *       (made by Debian's package) through {@code runuser}.</li>
 * </ol>
 * Where neither works, the caller is skipped with a notice that says why ({@link Assumptions}),
 * never passed silently.
 */
public final class PostgresServer {

    private static final String ENV = "THIDUA_TEST_POSTGRES";
    private static final String SUPERUSER = "thidua_test";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer instance;
    private static String unavailable;

    /** The admin URL: a database the tests' role may connect to, to create the others. */
    private final String adminUrl;
    private final String user;
    private final Path dataDir;
    private final List<String> asUser;
    private final Path pgCtl;

    private PostgresServer(String adminUrl, String user, Path dataDir, List<String> asUser, Path pgCtl) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.dataDir = dataDir;
        this.asUser = asUser;
        this.pgCtl = pgCtl;
    }

    /** The server, started if need be; skips the calling test (with the reason) when none can run here. */
    public static synchronized PostgresServer get() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (Exception e) {
                unavailable = e.getMessage();
                System.err.println("SKIPPED: the PostgreSQL tests (" + unavailable + ")");
            }
        }
        Assumptions.assumeTrue(instance != null, () -> "no PostgreSQL server for the tests: " + unavailable);
        return instance;
    }

    /** True when a server runs or can be started here (starting it if need be). */
    public static synchronized boolean available() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (Exception e) {
                unavailable = e.getMessage();
                System.err.println("SKIPPED: the PostgreSQL tests (" + unavailable + ")");
            }
        }
        return instance != null;
    }

    /**
     * A new, empty database on the server, owned by the tests' role; its URL carries the user, as a
     * secretary's would ({@code jdbc:postgresql://127.0.0.1:PORT/NAME?user=…}).
     */
    public String newDatabase(String hint) {
        String clean = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet() + "_"
                + clean.substring(0, Math.min(20, clean.length()));
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template template0 encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("create database " + name + ": " + e.getMessage(), e);
        }
        return urlOf(name);
    }

    /** The URL of the database {@code name} on this server, with the tests' user. */
    public String urlOf(String name) {
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        // The admin URL's query (user, and password where THIDUA_TEST_POSTGRES gives one) goes with it.
        String query = q < 0 ? "?user=" + user : adminUrl.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + query;
    }

    private static PostgresServer start() throws Exception {
        String given = System.getenv(ENV);
        if (given != null && !given.isBlank()) {
            try (Connection c = DriverManager.getConnection(given)) {
                String role = c.getMetaData().getUserName();
                return new PostgresServer(given, role, null, List.of(), null);
            }
        }
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(
                "initdb and pg_ctl not found on the PATH, in /usr/lib/postgresql/*/bin or /usr/local/bin"));
        List<String> asUser = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("thidua-pg-");
        if (root) {
            // PostgreSQL will not run as root; Debian's package makes the user postgres.
            if (run(List.of("id", "-u", "postgres"), null) != 0) {
                throw new IllegalStateException("running as root and there is no user postgres to run the server as");
            }
            asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
            run(List.of("chown", "postgres", dir.toString()), null);
        }
        Path data = dir.resolve("data");
        List<String> initdb = new ArrayList<>(asUser);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        if (run(initdb, dir.resolve("initdb.log")) != 0) {
            throw new IllegalStateException("initdb failed: " + tail(dir.resolve("initdb.log")));
        }
        int port = freePort();
        List<String> startCmd = new ArrayList<>(asUser);
        startCmd.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50", "start"));
        if (run(startCmd, dir.resolve("pg_ctl.log")) != 0) {
            throw new IllegalStateException("pg_ctl start failed: " + tail(dir.resolve("server.log")) + tail(dir.resolve("pg_ctl.log")));
        }
        PostgresServer server = new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER,
                SUPERUSER, data, asUser, bin.resolve("pg_ctl"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(dir), "stop-postgresql"));
        return server;
    }

    private void stop(Path dir) {
        List<String> cmd = new ArrayList<>(asUser);
        cmd.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
        try {
            run(cmd, null);
        } catch (Exception ignored) {
            // the JVM is ending; the folder below goes anyway
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** Where initdb and pg_ctl are: the PATH, Debian's versioned folders (newest first), /usr/local/bin. */
    static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String p : path.split(File.pathSeparator)) {
                candidates.add(Path.of(p));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString())).reversed())
                        .forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException ignored) {
                // no Debian folders
            }
        }
        candidates.add(Path.of("/usr/local/bin"));
        return candidates.stream()
                .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        // In the system's temporary folder: the user postgres may not enter the working folder (a CI clone of root's).
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(new File(System.getProperty("java.io.tmpdir")));
        if (log != null) {
            pb.redirectOutput(log.toFile());
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 800 ? text.substring(text.length() - 800) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
