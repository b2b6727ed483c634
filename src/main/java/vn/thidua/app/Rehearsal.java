package vn.thidua.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Diễn tập: the day before, the secretary practises on a copy of the data file
 * ({@code thidua.mv.db} → {@code thidua.dien-tap.mv.db}, beside it). Everything done while
 * rehearsing goes to the copy; ending the rehearsal deletes the copy and everything beside it
 * that belongs to it, and checks that the real file is byte for byte what it was when the
 * rehearsal started (its SHA-256, noted beside the copy at the start).
 *
 * <p>A copy that is there when the program starts (the window was closed, or the laptop died,
 * during a rehearsal) is opened again, still as a rehearsal, with its band: the practice is not
 * lost, and nothing about it can be mistaken for the real file. "Kết thúc diễn tập" discards it.
 */
public final class Rehearsal {

    private static final Logger LOG = Logger.getLogger(Rehearsal.class.getName());
    /** What a rehearsal copy's name carries before {@code .mv.db}. */
    public static final String MARK = ".dien-tap";
    private static final String FINGERPRINT = ".goc.sha256";
    private static final String BACKUPS = ".sao-luu";

    /** A rehearsal begun: its copy, the elections left out of it, and the real file's SHA-256 then. */
    public record Started(Path copy, int electionsRemoved, String realSha256) {
    }

    /** A rehearsal ended: whether the real file is byte for byte as it was at the start, and its SHA-256 now. */
    public record Ended(Path dataFile, boolean untouched, String sha256) {
    }

    private final DataFiles files;

    public Rehearsal(DataFiles files) {
        this.files = files;
    }

    /** The rehearsal copy of a data file, beside it. */
    public static Path copyOf(Path dataFile) {
        Path file = dataFile.toAbsolutePath().normalize();
        return file.resolveSibling(base(file) + MARK + DataLocation.H2_SUFFIX);
    }

    /** True for a rehearsal copy (its name says so). */
    public static boolean isCopy(Path file) {
        return file.getFileName().toString().endsWith(MARK + DataLocation.H2_SUFFIX);
    }

    /** The data file a rehearsal copy was made from. */
    public static Path realOf(Path copy) {
        String base = base(copy);
        return copy.toAbsolutePath().resolveSibling(base.substring(0, base.length() - MARK.length()) + DataLocation.H2_SUFFIX);
    }

    /** Where a rehearsal copy's backups go: never among the real file's, and discarded with it. */
    public static Path backupsFolder(Path copy) {
        return copy.toAbsolutePath().resolveSibling(base(copy) + BACKUPS);
    }

    /** True when a rehearsal of {@code dataFile} is under way (its copy is there). */
    public static boolean underWay(Path dataFile) {
        return Files.isRegularFile(copyOf(dataFile));
    }

    /**
     * Copies the closed data file into its rehearsal copy; with a year given, that year's elections
     * are removed from the copy (only), so that its conference can be run again.
     */
    public Started start(Path dataFile, char[] password, OptionalInt withoutElectionsOf) {
        Path real = dataFile.toAbsolutePath().normalize();
        if (isCopy(real)) {
            throw new AppException("rehearsal.error.isCopy", real.toString());
        }
        if (!Files.isRegularFile(real)) {
            throw new AppException("rehearsal.error.noFile", real.toString());
        }
        Path copy = copyOf(real);
        if (Files.exists(copy)) {
            throw new AppException("rehearsal.error.exists", copy.toString());
        }
        // What a killed rehearsal may have left beside (its notes, backups, a half copy) is no rehearsal.
        clearBeside(copy);
        String sha = sha256(real);
        files.copyClosed(real, copy);
        int removed = 0;
        try {
            write(copy.resolveSibling(base(copy) + FINGERPRINT), sha);
            if (withoutElectionsOf.isPresent()) {
                removed = files.removeElections(copy, password, withoutElectionsOf.getAsInt());
            }
        } catch (RuntimeException e) {
            clearBeside(copy);
            throw e;
        }
        LOG.info("Rehearsal started on " + copy + " (copy of " + real + ", SHA-256 " + sha + ")"
                + (withoutElectionsOf.isPresent() ? ", " + removed + " elections of " + withoutElectionsOf.getAsInt()
                + " removed from the copy" : ""));
        return new Started(copy, removed, sha);
    }

    /**
     * Discards the rehearsal copy of {@code dataFile} and what belongs to it. Refused while a program
     * has the copy open. The real file is not opened; its SHA-256 is compared with the one noted at the start.
     */
    public Ended end(Path dataFile) {
        Path real = dataFile.toAbsolutePath().normalize();
        if (isCopy(real)) {
            real = realOf(real);
        }
        Path copy = copyOf(real);
        if (!Files.exists(copy)) {
            throw new AppException("rehearsal.error.none", real.toString());
        }
        refuseWhileOpen(copy);
        Optional<String> noted = read(copy.resolveSibling(base(copy) + FINGERPRINT));
        clearBeside(copy);
        if (Files.exists(copy)) {
            throw new AppException("rehearsal.error.delete", copy.toString());
        }
        String now = Files.isRegularFile(real) ? sha256(real) : "";
        boolean untouched = noted.isPresent() && noted.get().equals(now);
        LOG.info("Rehearsal ended: " + copy + " discarded; the real file " + real
                + (untouched ? " is as it was (SHA-256 " + now + ")" : " differs from the start of the rehearsal, or its start was not noted"));
        return new Ended(real, untouched, now);
    }

    private static void refuseWhileOpen(Path copy) {
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new AppException("rehearsal.error.copyInUse", copy.toString());
            }
        } catch (OverlappingFileLockException e) {
            throw new AppException(e, "rehearsal.error.copyInUse", copy.toString());
        } catch (IOException e) {
            throw new AppException(e, "rehearsal.error.delete", copy.toString());
        }
    }

    /** Every file and folder beside the copy whose name starts with the copy's base (its notes, backups, H2's own). */
    private static void clearBeside(Path copy) {
        String prefix = base(copy) + ".";
        try (Stream<Path> beside = Files.list(copy.getParent())) {
            for (Path p : beside.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                deleteTree(p);
            }
        } catch (IOException e) {
            throw new AppException(e, "rehearsal.error.delete", copy.toString());
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> all = Files.walk(p)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new AppException(e, "rehearsal.error.read", file.toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new AppException(e, "rehearsal.error.copy", p.toString(), p.toString());
        }
    }

    private static Optional<String> read(Path p) {
        try {
            return Optional.of(Files.readString(p).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(DataLocation.H2_SUFFIX) ? name.substring(0, name.length() - DataLocation.H2_SUFFIX.length()) : name;
    }
}
