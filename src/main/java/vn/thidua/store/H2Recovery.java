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

/** Finds and restores H2 backups from the {@code sao-luu} folder beside a data file. */
public final class H2Recovery implements Recovery {

    public static final String FOLDER = "sao-luu";

    @Override
    public Optional<Found> newestGoodBackup(Path dataFile) {
        Path folder = dataFile.resolveSibling(FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(p -> p.toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(H2Recovery::modified).reversed()).toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path zip : zips) {
            try {
                return Optional.of(new Found(zip, H2Backups.inspectZip(zip),
                        LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), ZoneId.systemDefault())));
            } catch (AppException | IOException e) {
                // an unreadable backup: try the one before it
            }
        }
        return Optional.empty();
    }

    @Override
    public Path restore(Path zip, Path dataFile) {
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

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
