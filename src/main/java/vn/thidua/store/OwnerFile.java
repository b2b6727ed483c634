package vn.thidua.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * A note beside the data file saying which process has it open, so a second instance can tell
 * the user who holds the file (H2's own lock says only that it is held).
 */
final class OwnerFile {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private final Path path;

    OwnerFile(Path dataFile) {
        this.path = dataFile.resolveSibling(dataFile.getFileName() + ".owner");
    }

    void claim() {
        Properties p = new Properties();
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        p.setProperty("user", System.getProperty("user.name", "?"));
        p.setProperty("host", host());
        p.setProperty("since", LocalDateTime.now().format(WHEN));
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            p.store(w, "ThiDua: the process that has the data file open");
        } catch (IOException ignored) {
            // Only a courtesy for a second instance's message.
        }
    }

    void release() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A stale note is harmless: the next owner overwrites it.
        }
    }

    /** pid, user, host, since — or question marks when unknown. */
    String[] describe() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return new String[] {"?", "?", "?", "?"};
        }
        return new String[] {p.getProperty("pid", "?"), p.getProperty("user", "?"),
            p.getProperty("host", "?"), p.getProperty("since", "?")};
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }
}
