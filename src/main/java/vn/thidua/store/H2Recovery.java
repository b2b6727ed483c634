package vn.thidua.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.thidua.app.AppException;
import vn.thidua.app.Recovery;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import vn.thidua.app.BackupService;

/** Finds and restores H2 backups from the {@code sao-luu} folder beside a data file. */
public final class H2Recovery implements Recovery {

    public static final String FOLDER = "sao-luu";

    @Override
    public Optional<Found> newestGoodBackup(Path dataFile) {
        for (Path zip : zips(dataFile)) {
            try {
                return Optional.of(new Found(zip, H2Backups.inspectZip(zip), taken(zip)));
            } catch (AppException e) {
                // an unreadable backup: try the one before it
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Found> backups(Path dataFile) {
        return zips(dataFile).stream().map(zip -> {
            try {
                return new Found(zip, H2Backups.inspectZip(zip), taken(zip));
            } catch (AppException e) {
                return new Found(zip, null, taken(zip));
            }
        }).toList();
    }

    @Override
    public void acceptAsItIs(Path dataFile) {
        WriteMark.reset(dataFile);
    }

    @Override
    public Optional<BackupService.Contents> current(Path dataFile) {
        return H2Backups.inspectFile(dataFile);
    }

    private static List<Path> zips(Path dataFile) {
        Path folder = dataFile.resolveSibling(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(H2Recovery::modified).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static LocalDateTime taken(Path zip) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(modified(zip)), ZoneId.systemDefault());
    }

    @Override
    public Path restore(Path zip, Path dataFile) {
        H2Backups.inspectZip(zip); // an unreadable zip is refused before anything is touched
        refuseWhenOpenElsewhere(dataFile);
        Path aside = dataFile.resolveSibling(dataFile.getFileName() + ".hong-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (Files.exists(dataFile)) {
                Files.copy(dataFile, aside, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new AppException(e, "backup.error.restore", zip.toString());
        }
        H2Backups.restore(zip, dataFile);
        return aside;
    }

    /**
     * A program that has the file open holds H2's lock on it: replacing the file under it would
     * lose what it writes next. (The lock is released before the move: Windows cannot replace a
     * file that is open.)
     */
    private static void refuseWhenOpenElsewhere(Path dataFile) {
        if (!Files.exists(dataFile)) {
            return;
        }
        try (var channel = FileChannel.open(dataFile, StandardOpenOption.READ,
                StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            if (lock == null) {
                throw new AppException("backup.error.inUse", dataFile.toString());
            }
        } catch (OverlappingFileLockException e) {
            throw new AppException(e, "backup.error.inUse", dataFile.toString());
        } catch (IOException e) {
            throw new AppException(e, "backup.error.restore", dataFile.toString());
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
