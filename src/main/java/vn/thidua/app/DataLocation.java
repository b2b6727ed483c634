package vn.thidua.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a bloc's data lives: an H2 data file on this computer ({@link File}), or a database on a
 * PostgreSQL server ({@link Server}). The static methods find the data file when the user names
 * none (--db or -Dthidua.db).
 */
public sealed interface DataLocation permits DataLocation.File, DataLocation.Server {

    String FILE_BASE = "thidua";
    String H2_SUFFIX = ".mv.db";
    /** The only server URL accepted: {@code jdbc:postgresql://HOST[:PORT]/DB[?user=…&password=…]}. */
    String POSTGRESQL_PREFIX = "jdbc:postgresql:";
    String USER_VARIABLE = "THIDUA_DB_USER";
    String PASSWORD_VARIABLE = "THIDUA_DB_PASSWORD";

    /** What the user is shown: the file's path, or the server's URL without its password. */
    String display();

    /** An H2 data file (its name ends in .mv.db). */
    record File(Path path) implements DataLocation {
        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A database on a PostgreSQL server.
     *
     * @param url      the JDBC URL without user and password ({@code jdbc:postgresql://host:port/db}, other
     *                 query parameters such as {@code sslmode} kept)
     * @param user     the database role, or null for the driver's default
     * @param password the role's password, or null
     */
    record Server(String url, String user, String password) implements DataLocation {
        @Override
        public String display() {
            return user == null ? url : url + " (" + user + ")";
        }

        @Override
        public String toString() {
            return "Server[" + display() + "]";
        }
    }

    /** The user's data folder for ThiDua on this system. */
    static Path defaultFolder(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming"))
                    .resolve("ThiDua");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "ThiDua");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("thidua");
    }

    static Path defaultFile() {
        return defaultFolder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"))
                .resolve(FILE_BASE + H2_SUFFIX);
    }

    /**
     * The data file to use: the one given on the command line, else the {@code thidua.db} system
     * property (how {@code mvn javafx:run -Dthidua.db=...} passes it), else the default.
     * The given name may end in .mv.db or not.
     */
    static Path resolve(Path fromCommandLine) {
        if (fromCommandLine != null) {
            return withSuffix(usable(fromCommandLine));
        }
        String prop = System.getProperty("thidua.db");
        if (prop != null && !prop.isBlank()) {
            return withSuffix(Path.of(prop.trim()));
        }
        return defaultFile();
    }

    /**
     * Where the data is, from what the user gave with --db (null: the {@code thidua.db} property, else
     * the default file). A PostgreSQL URL is a server; a name that looks like any other URL (jdbc:h2:…,
     * jdbc:mysql:…, postgres://…) is refused, never taken for a file name; a file name is checked as
     * {@link #usable} does, and so is its folder. Nothing is created here.
     *
     * @param env the environment: {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} give the
     *            server's user and password when the URL has none
     */
    static DataLocation parse(String given, UnaryOperator<String> env) {
        String text = given;
        if (text == null) {
            String prop = System.getProperty("thidua.db");
            if (prop == null || prop.isBlank()) {
                return new File(defaultFile());
            }
            text = prop.trim();
        }
        if (text.regionMatches(true, 0, POSTGRESQL_PREFIX, 0, POSTGRESQL_PREFIX.length())) {
            return server(text, env);
        }
        if (looksLikeUrl(text)) {
            throw new AppException("data.error.notALocation", text);
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new AppException(e, "data.error.notALocation", text);
        }
        Path file = withSuffix(usable(path));
        folderCanBeMade(file.getParent());
        return new File(file);
    }

    /** {@code scheme:…} with a scheme of two letters or more (so {@code C:\…} stays a Windows path), or {@code …://…}. */
    private static boolean looksLikeUrl(String text) {
        return text.contains("://") || text.matches("(?i)[a-z][a-z0-9+.-]+:.*");
    }

    Pattern POSTGRESQL_URL = Pattern.compile(
            "(?i)jdbc:postgresql://(\\[[0-9a-f:.]+]|[a-z0-9._-]+)(?::([0-9]{1,5}))?/([^/?#\\s]+)(?:\\?([^#\\s]*))?");

    private static Server server(String text, UnaryOperator<String> env) {
        Matcher m = POSTGRESQL_URL.matcher(text);
        if (!m.matches()) {
            throw new AppException("data.error.badServerUrl", text);
        }
        String port = m.group(2);
        if (port != null && (Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
            throw new AppException("data.error.badServerUrl", text);
        }
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value;
                try {
                    value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new AppException(e, "data.error.badServerUrl", text);
                }
                if (key.equalsIgnoreCase("user")) {
                    user = value;
                } else if (key.equalsIgnoreCase("password")) {
                    password = value;
                } else {
                    kept.add(pair);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            user = blankToNull(env.apply(USER_VARIABLE));
        }
        if (password == null || password.isEmpty()) {
            password = blankToNull(env.apply(PASSWORD_VARIABLE));
        }
        String url = "jdbc:postgresql://" + m.group(1) + (port == null ? "" : ":" + port) + "/" + m.group(3)
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new Server(url, user, password);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The data file's folder exists, or can be made: its nearest existing ancestor is a folder
     * this user may write in. Checked before anything is created, so a name that cannot be a data
     * file leaves no folder behind.
     */
    private static void folderCanBeMade(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == folder) {
            return; // an existing folder: Database.open says it plainly if the file cannot be written there
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new AppException("data.error.folder", folder.toString());
        }
        if (!Files.isWritable(existing)) {
            throw new AppException("data.error.folderReadOnly", existing.toString());
        }
    }

    /**
     * A name given for the data file that can be one: not empty (an empty name would make a file
     * named after the folder), not a folder, not a device such as /dev/null.
     */
    static Path usable(Path given) {
        String text = given.toString();
        if (text.isBlank()) {
            throw new AppException("data.error.noName");
        }
        if (Files.isDirectory(given)) {
            throw new AppException("data.error.isFolder", given.toAbsolutePath().toString());
        }
        if (Files.exists(given) && !Files.isRegularFile(given)) {
            throw new AppException("data.error.notAFile", given.toAbsolutePath().toString());
        }
        return given;
    }

    static Path withSuffix(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? abs : abs.resolveSibling(name + H2_SUFFIX);
    }
}
