package vn.thidua.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Backups of the data file: automatic on open (the last days kept), before an election closes,
 * and on demand to a chosen folder (a USB stick). Restoring is done by the composition root with
 * the data file closed, after a backup of the current state.
 */
public final class BackupService {

    /**
     * What a backup (or a data file) holds, shown before restoring it: counts, its elections, and
     * its last change (the newest audit line: number and time; 0 and null when none).
     */
    public record Contents(int blocs, int years, int elections, int ballots, List<String> blocCodes,
                           List<ElectionState> electionStates, long lastChange, LocalDateTime lastChangeAt) {
        public Contents {
            blocCodes = List.copyOf(blocCodes);
            electionStates = List.copyOf(electionStates);
        }
    }

    /** One election as a backup holds it. */
    public record ElectionState(long id, String title, int year, boolean closed, int ballots) {
    }

    /** What putting {@code backup} in place of {@code current} would undo, one sentence's key and arguments each. */
    public record Undone(String key, List<Object> args) {
    }

    /**
     * What restoring a backup undoes, compared with the file as it is: elections closed since
     * that will be open again, elections and papers that will be gone, and how many changes.
     */
    public static List<Undone> undone(Contents backup, Contents current) {
        List<Undone> lines = new ArrayList<>();
        Map<Long, ElectionState> then = new HashMap<>();
        backup.electionStates().forEach(e -> then.put(e.id(), e));
        for (ElectionState now : current.electionStates()) {
            ElectionState old = then.get(now.id());
            if (old == null) {
                lines.add(new Undone("backup.undo.electionGone", List.of(now.title(), String.valueOf(now.year()), now.ballots())));
                continue;
            }
            if (now.closed() && !old.closed()) {
                lines.add(new Undone("backup.undo.reopened", List.of(now.title(), String.valueOf(now.year()))));
            }
            if (now.ballots() > old.ballots()) {
                lines.add(new Undone("backup.undo.ballots", List.of(now.title(), String.valueOf(now.year()), now.ballots() - old.ballots())));
            }
        }
        if (current.lastChange() > backup.lastChange()) {
            lines.add(new Undone("backup.undo.changes", List.of(current.lastChange() - backup.lastChange())));
        }
        return lines;
    }

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    public static final int KEEP_DAYS = 14;
    public static final int KEEP_AT_LEAST = 5;

    private final BackupStore store;
    private final Path folder;
    private final Clock clock;

    public BackupService(BackupStore store, Path folder, Clock clock) {
        this.store = store;
        this.folder = folder;
        this.clock = clock;
    }

    /** The folder of automatic backups, beside the data file. */
    public Path folder() {
        return folder;
    }

    /** Takes a backup named for {@code kind} (tu-dong, truoc-ket-thuc-bau, thu-cong …) in the backups folder. */
    public Path backup(String kind) {
        return backupInto(folder, kind);
    }

    /** Takes a backup into a folder the user chose (a USB stick). */
    public Path backupInto(Path target, String kind) {
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new AppException(e, "backup.error.folder", target.toString());
        }
        clearLeftovers(target);
        Path zip = target.resolve("thidua-" + kind + "-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
        int n = 1;
        while (Files.exists(zip)) {
            zip = target.resolve("thidua-" + kind + "-" + LocalDateTime.now(clock).format(STAMP) + "-" + n++ + ".zip");
        }
        store.backupTo(zip);
        LOG.info("Backup written: " + zip);
        return zip;
    }

    /** Half-written backups (.part) of a run that was killed: never a backup, removed. */
    private static void clearLeftovers(Path target) {
        try (Stream<Path> files = Files.list(target)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".zip.part")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "Leftover backups not cleared in " + target + ": " + e);
        }
    }

    /** The automatic backup taken when the file is opened, then old automatic ones pruned. */
    public Path automatic() {
        Path zip = backup("tu-dong");
        prune();
        return zip;
    }

    /**
     * Arms the automatic backup of this open without taking it now: it is taken by
     * {@link #automaticIfDue()} (the window queues it once it is filled with the year's data) or,
     * if a write comes first, just before that write reaches the file, whichever is first; once.
     * So a backup of the file as it was opened exists before anything in it is changed, and the
     * first screen's reads do not wait for it. A failure is logged: as before, a backup that
     * fails must not keep the secretary from the data.
     */
    public void armAutomatic() {
        store.beforeFirstWrite(() -> {
            try {
                automatic();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Automatic backup failed", e);
            }
        });
    }

    /** Takes the armed automatic backup now, unless a write (or an earlier call) took it; true when taken now. */
    public boolean automaticIfDue() {
        return store.runBeforeFirstWrite();
    }

    /** Keeps automatic backups of the last {@link #KEEP_DAYS} days, and never fewer than {@link #KEEP_AT_LEAST}. */
    void prune() {
        List<Path> auto = list().stream().filter(p -> p.getFileName().toString().startsWith("thidua-tu-dong-")).toList();
        LocalDateTime limit = LocalDateTime.now(clock).minus(Duration.ofDays(KEEP_DAYS));
        for (int i = KEEP_AT_LEAST; i < auto.size(); i++) {
            Path p = auto.get(i);
            try {
                if (LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), clock.getZone()).isBefore(limit)) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not prune " + p, e);
            }
        }
    }

    /** The backups in the folder, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(BackupService::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new AppException(e, "backup.error.folder", folder.toString());
        }
    }

    public Contents inspect(Path zip) {
        return store.inspect(zip);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
