package vn.thidua.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Files;

/** Where the data file lives unless the user says otherwise (--db or -Dthidua.db). */
public final class DataLocation {

    public static final String FILE_BASE = "thidua";
    public static final String H2_SUFFIX = ".mv.db";

    private DataLocation() {
    }

    /** The user's data folder for ThiDua on this system. */
    public static Path defaultFolder(String osName, Map<String, String> env, String userHome) {
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

    public static Path defaultFile() {
        return defaultFolder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"))
                .resolve(FILE_BASE + H2_SUFFIX);
    }

    /**
     * The data file to use: the one given on the command line, else the {@code thidua.db} system
     * property (how {@code mvn javafx:run -Dthidua.db=...} passes it), else the default.
     * The given name may end in .mv.db or not.
     */
    public static Path resolve(Path fromCommandLine) {
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

    public static Path withSuffix(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? abs : abs.resolveSibling(name + H2_SUFFIX);
    }
}
