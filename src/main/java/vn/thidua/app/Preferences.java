package vn.thidua.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's choices that belong to this laptop rather than to the bloc's data: language,
 * where they left off, which screen is the projector. A small properties file beside the data.
 */
public final class Preferences {

    private static final Logger LOG = Logger.getLogger(Preferences.class.getName());
    private final Path file;
    private final Properties props = new Properties();

    public Preferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Preferences unreadable, using defaults: " + file, e);
            }
        }
    }

    public static Preferences besideData(Path dataFile) {
        return new Preferences(dataFile.resolveSibling("thidua-preferences.properties"));
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(props.getProperty(key)).filter(s -> !s.isBlank());
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
        save();
    }

    /** How many servers the recent list keeps. */
    public static final int RECENT_SERVERS = 5;

    /**
     * The servers' databases opened lately, newest first, as locations without a password (a password
     * is never written here).
     */
    public synchronized List<DataLocation.Server> recentServers() {
        List<DataLocation.Server> list = new ArrayList<>();
        for (int i = 0; i < RECENT_SERVERS; i++) {
            String url = props.getProperty("recentServer" + i + "Url");
            if (url == null || url.isBlank()) {
                break;
            }
            String user = props.getProperty("recentServer" + i + "User");
            list.add(new DataLocation.Server(url, user == null || user.isBlank() ? null : user, null));
        }
        return list;
    }

    /** Puts {@code server} (its URL and user, never its password) first in the recent list. */
    public synchronized void rememberServer(DataLocation.Server server) {
        List<DataLocation.Server> list = new ArrayList<>(recentServers());
        list.removeIf(s -> s.url().equals(server.url()) && Objects.equals(s.user(), server.user()));
        list.add(0, new DataLocation.Server(server.url(), server.user(), null));
        for (int i = 0; i < RECENT_SERVERS; i++) {
            props.remove("recentServer" + i + "Url");
            props.remove("recentServer" + i + "User");
        }
        for (int i = 0; i < Math.min(RECENT_SERVERS, list.size()); i++) {
            props.setProperty("recentServer" + i + "Url", list.get(i).url());
            if (list.get(i).user() != null) {
                props.setProperty("recentServer" + i + "User", list.get(i).user());
            }
        }
        save();
    }

    public String language() {
        return get("language").orElse("vi");
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "ThiDua");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Preferences are a convenience: losing them must never stop the work.
            LOG.log(Level.WARNING, "Could not save preferences " + file, e);
        }
    }
}
