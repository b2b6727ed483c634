package vn.thidua.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The class-data archive of the program's own jars, made on the machine where it is installed.
 *
 * <p>The installed launcher maps two archives ({@code -XX:SharedArchiveFile=BASE<sep>LOCAL}):
 * BASE holds the runtime's classes (JDK and JavaFX) and is made when the installer is built; LOCAL
 * holds the classes of the jars (H2, POI, ThiDua), which Java 17 binds to the jars' exact paths and
 * modification times, so it can only be made where the jars lie: by the .deb's postinst, or by the
 * program itself the first time it runs from a folder it may write. Opening a data file in a fresh
 * JVM takes about half the time with it (docs/decisions/0004). A LOCAL that is missing or does not
 * match is skipped by the JVM without a word: the program works, it only starts slower.
 *
 * <p>LOCAL is written by a second JVM of the same runtime, with the same options and class path,
 * running a training main class ({@link #TRAINING_MAIN}) with {@code -XX:ArchiveClassesAtExit}
 * over a data file that a first one prepared.
 * It goes to a temporary name first and is then moved into place, so a program starting meanwhile
 * never maps half a file; a stamp beside it records what it was made from.
 */
public final class ClassArchive {

    /** The class whose run, in the second JVM, decides which classes go into the archive. */
    public static final String TRAINING_MAIN = "vn.thidua.ClassArchiveTraining";
    static final String SHARED_ARCHIVE_FILE = "-XX:SharedArchiveFile=";

    /** What {@link #build} did. */
    public record Built(Path archive, long bytes, long millis) {
    }

    private final Path javaLauncher;
    private final Path base;
    private final Path local;
    private final String classPath;
    private final List<String> jvmOptions;

    /**
     * @param java       the java launcher of the runtime the program runs on
     * @param base       the runtime's archive, or null for the JDK's default one
     * @param local      where the archive of the jars goes
     * @param classPath  the class path exactly as the program is started with it
     * @param jvmOptions the program's other JVM options (module options, collector, …)
     */
    public ClassArchive(Path java, Path base, Path local, String classPath, List<String> jvmOptions) {
        this.javaLauncher = java;
        this.base = base;
        this.local = local;
        this.classPath = classPath;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The archive this JVM was told to map as its second one, when it was started by the installed
     * launcher; empty otherwise (a development run, {@code java -jar}, a launcher without it).
     */
    public static Optional<ClassArchive> ofThisJvm() {
        List<String> args;
        try {
            args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path launcher = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        return of(args, launcher, System.getProperty("java.class.path", ""));
    }

    /**
     * The ahead-of-time cache this JVM was told to use ({@code -XX:AOTCache=FILE}): an installer
     * built with a JDK 25 runtime carries one, made when it was built, jars' classes included, so
     * there is no archive to make on this machine (docs/decisions/0010-runtime-25-aot.md).
     */
    public static Optional<Path> aheadOfTimeCacheOfThisJvm() {
        try {
            return aheadOfTimeCache(ManagementFactory.getRuntimeMXBean().getInputArguments());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** {@link #aheadOfTimeCacheOfThisJvm} over given input arguments; the last one given counts. */
    static Optional<Path> aheadOfTimeCache(List<String> inputArguments) {
        Path cache = null;
        for (String a : inputArguments) {
            if (a.startsWith(AOT_CACHE) && a.length() > AOT_CACHE.length()) {
                cache = Path.of(a.substring(AOT_CACHE.length()));
            }
        }
        return Optional.ofNullable(cache);
    }

    static final String AOT_CACHE = "-XX:AOTCache=";

    /** {@link #ofThisJvm} over given values: the JVM's input arguments, its java, its class path. */
    static Optional<ClassArchive> of(List<String> inputArguments, Path java, String classPath) {
        String files = null;
        List<String> others = new ArrayList<>();
        for (String a : inputArguments) {
            if (a.startsWith(SHARED_ARCHIVE_FILE)) {
                files = a.substring(SHARED_ARCHIVE_FILE.length());
            } else if (!isArchiveOption(a)) {
                others.add(a);
            }
        }
        if (files == null || classPath.isBlank() || !Files.isRegularFile(java)) {
            return Optional.empty();
        }
        String[] parts = files.split(Pattern.quote(File.pathSeparator));
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ClassArchive(java, Path.of(parts[0]), Path.of(parts[1]), classPath, others));
    }

    /** Options that choose or make archives, or set the class path: the builder sets its own. */
    private static boolean isArchiveOption(String a) {
        return a.startsWith("-Xshare") || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-XX:SharedClassListFile")
                || a.startsWith("-XX:DumpLoadedClassList") || a.startsWith("-Djava.class.path=")
                || a.startsWith("-Xlog") || a.startsWith("-XX:+AutoCreateSharedArchive");
    }

    public Path local() {
        return local;
    }

    Path stampFile() {
        return local.resolveSibling(local.getFileName() + ".stamp");
    }

    private Path partFile() {
        return local.resolveSibling(local.getFileName() + ".part");
    }

    /**
     * What the archive depends on, one line each: the runtime, the base archive, and the size and
     * modification time of every jar of the class path, in order.
     */
    String stamp() throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("java ").append(System.getProperty("java.vm.version")).append('\n');
        if (base != null) {
            s.append(describe(base)).append('\n');
        }
        for (String entry : classPath.split(Pattern.quote(File.pathSeparator))) {
            if (!entry.isBlank()) {
                s.append(describe(Path.of(entry))).append('\n');
            }
        }
        return s.toString();
    }

    private static String describe(Path p) throws IOException {
        if (!Files.exists(p)) {
            return p + " missing";
        }
        FileTime t = Files.getLastModifiedTime(p);
        return p + " " + Files.size(p) + " " + t.toMillis();
    }

    /** True when the archive is there and was made from the runtime and jars there now. */
    public boolean upToDate() {
        try {
            return Files.isRegularFile(local) && Files.isRegularFile(stampFile())
                    && Files.readString(stampFile(), StandardCharsets.UTF_8).equals(stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the archive's folder may be written by this user. */
    public boolean writable() {
        Path dir = local.toAbsolutePath().getParent();
        return dir != null && Files.isDirectory(dir) && Files.isWritable(dir);
    }

    /**
     * A command of the training: the same runtime, options and class path as the program; the
     * {@code run} step also writes the archive at exit.
     */
    List<String> command(String step, Path dataFolder) {
        List<String> c = new ArrayList<>();
        c.add(javaLauncher.toString());
        c.addAll(jvmOptions);
        if (base != null) {
            c.add(SHARED_ARCHIVE_FILE + base);
        }
        if (step.equals("run")) {
            c.add("-XX:ArchiveClassesAtExit=" + partFile());
        }
        c.add("-Xshare:auto");
        c.add("-Djava.awt.headless=true");
        c.add("-cp");
        c.add(classPath);
        c.add(TRAINING_MAIN);
        c.add(step);
        c.add(dataFolder.toString());
        return c;
    }

    /**
     * Makes the archive: runs the training in a second JVM that writes it at exit, then moves it
     * into place and writes the stamp. The training's data lives in a temporary folder, deleted after.
     *
     * @throws IOException when the folder cannot be written, the run fails or times out (the
     *                     message carries the end of its output)
     */
    public Built build(Duration timeout) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Path work = Files.createTempDirectory("thidua-cds");
        try {
            Files.deleteIfExists(partFile());
            Path log = work.resolve("training.log");
            long deadline = System.nanoTime() + timeout.toNanos();
            for (String step : List.of("prepare", "run")) {
                Process p = new ProcessBuilder(command(step, work.resolve("data")))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new IOException("the training run took longer than " + timeout.toSeconds() + " s" + tail(log));
                }
                if (p.exitValue() != 0) {
                    throw new IOException("the training step " + step + " ended with code " + p.exitValue() + tail(log));
                }
            }
            if (!Files.isRegularFile(partFile())) {
                throw new IOException("the training run wrote no archive" + tail(log));
            }
            // The stamp goes first: a stamp without its archive is "not up to date"; an archive
            // without a matching stamp would be made again for nothing.
            Files.writeString(stampFile(), stamp(), StandardCharsets.UTF_8);
            try {
                Files.move(partFile(), local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partFile(), local, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Built(local, Files.size(local), (System.nanoTime() - t0) / 1_000_000);
        } finally {
            Files.deleteIfExists(partFile());
            Folders.deleteTree(work);
        }
    }

    /** Removes the archive and its stamp (the .deb does it when the program is removed). */
    public void delete() throws IOException {
        Files.deleteIfExists(local);
        Files.deleteIfExists(stampFile());
        Files.deleteIfExists(partFile());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /**
     * Whether the window should make the archive itself: it is missing or stale and its folder is
     * writable (a per-user install, an unpacked image), and this is not macOS, where writing into
     * the signed application bundle would break its seal (its launcher names no second archive).
     */
    public boolean madeByTheProgram() {
        return !isMac() && writable() && !upToDate();
    }
}
