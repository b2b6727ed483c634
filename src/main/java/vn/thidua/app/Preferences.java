package vn.thidua.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
