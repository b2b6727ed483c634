import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds ThiDua's self-contained application image and the installer of the system it runs on:
 * jdeps finds the JDK modules, jlink makes a small runtime of them and of JavaFX, jpackage makes
 * the image and the installer, and a training run of the image writes a class-data-sharing
 * archive (AppCDS) that the launcher then maps at start.
 *
 * <p>A single-file Java program, so the one script works on Linux, Windows and macOS with
 * nothing but the JDK: {@code java packaging/Package.java --help}. Maven runs it in the
 * {@code package} profile ({@code mvn -Ppackage package}); see packaging/README.md.
 */
public final class Package {

    enum Os { LINUX, WINDOWS, MAC }

    static final Os OS = detectOs();
    static final String DISPLAY_NAME = "ThiDua – Khối thi đua";
    /** MSI databases default to code page 1252: Vietnamese letters there break WiX (LGHT0311). */
    static final String ASCII_DESCRIPTION = "ThiDua - Khoi thi dua: scoreboard, secret-ballot elections and documents";
    static final String WIN_UPGRADE_UUID = "7d1c3f9e-4b8a-4c52-9a51-2f6e0c8b7a34";
    /**
     * The collector for a desktop program whose heap stays under ~100 MB: the serial collector
     * (what the JVM itself picks on small machines), starting from a 32 MB heap rather than 1/64
     * of the memory. Against G1: ~14 MB less peak memory and five fewer threads, the same frame
     * times while the scoreboard scrolls (docs/decisions/0004). Also in the pom's javafx:run.
     */
    static final List<String> MEMORY_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m");
    /**
     * The client compiler only (C1). On two cores the server compiler (C2) competes with the
     * program for the processor just when it first opens a file, computes a scoreboard or counts
     * ballots: the first call in a fresh JVM took 1.5-2 x as long, and the next ten were no faster
     * (bench/scale.sh; docs/decisions/0004). A desktop program's calls are short: C1's code is enough.
     * Also in the pom's javafx:run and bench/scale.sh.
     */
    static final List<String> COMPILER_OPTIONS = List.of("-XX:TieredStopAtLevel=1");
    /**
     * JVM warnings go to stderr, never into a command's output; a class-data archive that does
     * not match (an image moved after it was built) is skipped silently: it only costs speed.
     */
    static final List<String> PIPELINE_OPTIONS = List.of(
            "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");
    /** The same on a runtime with an ahead-of-time cache (JDK 25): its log tag is aot, not cds. */
    static final List<String> PIPELINE_OPTIONS_AOT = List.of(
            "-Xlog:disable", "-Xlog:all=warning,cds*=off,aot*=off:stderr");
    /**
     * The Java feature version of the JDK running this script, whose jlink and jpackage make the
     * image: the installers carry that runtime. From 25 on, the image gets an ahead-of-time cache
     * (JEP 483/514/515) instead of the class-data archive (docs/decisions/0010-runtime-25-aot.md).
     */
    static final int RUNTIME_FEATURE = Runtime.version().feature();
    /**
     * What JavaFX 21 needs on a JDK 25 runtime to start without warnings on the console: it
     * loads its native libraries from a named module (JEP 472: a warning on every start without
     * the first option), and its Marlin rasterizer allocates off-heap through sun.misc.Unsafe
     * (JEP 498: a warning at the first shape painted without the second). Both given to every
     * image built on such a runtime, the hello-world yardstick too.
     */
    static final List<String> JAVAFX_ON_25_OPTIONS = List.of(
            "--enable-native-access=javafx.graphics", "--sun-misc-unsafe-memory-access=allow");
    /**
     * Compact object headers (JEP 519, a product option in JDK 25): 8-byte headers instead of 12,
     * a smaller heap for the same objects. The cache must be made with the same setting.
     */
    static final List<String> COMPACT_HEADERS_OPTIONS = List.of("-XX:+UseCompactObjectHeaders");

    // Options, with ThiDua's values as defaults; the start-up benchmark overrides them to build a
    // hello-world image the same way.
    Path appJar;
    Path libs;
    Path javafx;
    Path dest;
    Path work;
    Path packagingDir = Path.of("packaging");
    String version;
    String name = OS == Os.LINUX ? "thidua" : "ThiDua";
    String mainClass = "vn.thidua.ThiDua";
    List<String> types = new ArrayList<>();
    List<String> javaOptions = new ArrayList<>();
    boolean appOptions = true;
    /** off, on (a failed training run is a warning: the program works, only starts slower), required. */
    String cds = "on";
    /** On a JDK 25 runtime: aot (the ahead-of-time cache, default) or cds (the class-data archive, to compare). */
    String archiveKind = RUNTIME_FEATURE >= 25 ? "aot" : "cds";
    boolean compactHeaders = RUNTIME_FEATURE >= 25;
    boolean icon = true;
    long trainSettleMillis = 5000;
    boolean trainPrepareSample = true;

    public static void main(String[] args) throws Exception {
        Package p = new Package();
        try {
            p.parse(args);
            p.run();
        } catch (Failure e) {
            System.err.println("packaging: " + e.getMessage());
            System.exit(1);
        }
    }

    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                usage();
                System.exit(0);
            }
            if (i + 1 >= args.length && !a.startsWith("--no-")) {
                throw new Failure("missing value after " + a);
            }
            switch (a) {
                case "--app-jar" -> appJar = Path.of(args[++i]);
                case "--libs" -> libs = Path.of(args[++i]);
                case "--javafx" -> javafx = Path.of(args[++i]);
                case "--dest" -> dest = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--packaging-dir" -> packagingDir = Path.of(args[++i]);
                case "--version" -> version = args[++i];
                case "--name" -> name = args[++i];
                case "--main-class" -> mainClass = args[++i];
                case "--type" -> Arrays.stream(args[++i].split(",")).map(String::trim)
                        .filter(t -> !t.isEmpty()).forEach(types::add);
                case "--java-option" -> javaOptions.add(args[++i]);
                case "--cds" -> cds = switch (args[++i]) {
                    case "false", "off" -> "off";
                    case "true", "on" -> "on";
                    case "required" -> "required";
                    default -> throw new Failure("--cds takes on, off or required");
                };
                case "--train-settle-ms" -> trainSettleMillis = Long.parseLong(args[++i]);
                case "--archive" -> {
                    archiveKind = args[++i];
                    if (!archiveKind.equals("aot") && !archiveKind.equals("cds")) {
                        throw new Failure("--archive takes aot or cds");
                    }
                    if (archiveKind.equals("aot") && RUNTIME_FEATURE < 25) {
                        throw new Failure("--archive aot needs a JDK 25 or later to run this script (this is "
                                + RUNTIME_FEATURE + ")");
                    }
                }
                case "--compact-headers" -> compactHeaders = switch (args[++i]) {
                    case "on", "true" -> true;
                    case "off", "false" -> false;
                    default -> throw new Failure("--compact-headers takes on or off");
                };
                case "--no-app-options" -> {
                    appOptions = false;
                    icon = false;
                    trainPrepareSample = false;
                }
                default -> throw new Failure("unknown option " + a + " (see --help)");
            }
        }
        if (appJar == null || javafx == null || dest == null || version == null) {
            usage();
            throw new Failure("--app-jar, --javafx, --dest and --version are required");
        }
        if (work == null) {
            work = dest.resolve("work");
        }
        if (types.isEmpty()) {
            types.addAll(switch (OS) {
                case LINUX -> List.of("app-image", "deb");
                case WINDOWS -> List.of("app-image", "msi");
                case MAC -> List.of("app-image", "dmg");
            });
        }
    }

    static void usage() {
        System.out.println("""
                java packaging/Package.java --app-jar JAR --javafx DIR --dest DIR --version V [options]

                  --app-jar JAR        the application jar (its dependencies are not inside)
                  --libs DIR           the dependency jars (class path; JavaFX not among them)
                  --javafx DIR         the JavaFX jars from Maven, with the platform ones (javafx-*-21.0.11-linux.jar ...)
                  --dest DIR           where the app image and the installers go
                  --version V          application version (the pom's)
                  --type T[,T]         app-image, deb, msi, dmg (default: app-image and this system's installer)
                  --cds on|off|required  the class-data-sharing archive (default on: a failed training run
                                       is a warning; required: it fails the build)
                  --name N             launcher name (default thidua on Linux, ThiDua on Windows and macOS)
                  --main-class C       default vn.thidua.ThiDua
                  --java-option O      one more JVM option for the launcher (repeatable)
                  --no-app-options     no ControlsFX flags, icon or sample data (the benchmark's hello-world image)
                  --work DIR           scratch folder (default DEST/work)
                  --train-settle-ms N  how long the training run keeps the window open after it shows (default 5000)
                  --archive aot|cds    on a JDK 25 or later: the ahead-of-time cache (default) or the class-data archive
                  --compact-headers on|off  on a JDK 25 or later: -XX:+UseCompactObjectHeaders (default on)

                The image carries the runtime of the JDK that runs this script (its jlink and jpackage).
                """);
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(dest);

        Path input = work.resolve("input");
        Files.createDirectories(input);
        Files.copy(appJar, input.resolve(appJar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        List<Path> libJars = libs == null ? List.of() : jars(libs);
        for (Path jar : libJars) {
            Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<Path> fxJars = jars(javafx).stream().filter(Package::isPlatformJar).toList();
        if (fxJars.isEmpty()) {
            throw new Failure("no platform JavaFX jars (javafx-*-<version>-<platform>.jar) in " + javafx);
        }

        String modules = modules(input, fxJars);
        log("modules: " + modules);
        Path runtime = work.resolve("runtime");
        jlink(fxJars, modules, runtime);

        Path imageParent = work.resolve("image");
        Path image = jpackageImage(input, runtime, imageParent);
        if (!cds.equals("off")) {
            try {
                if (archiveKind.equals("aot")) {
                    aheadOfTimeCache(image);
                } else {
                    classDataArchive(image);
                }
            } catch (Failure e) {
                if (cds.equals("required")) {
                    throw e;
                }
                log("WARNING: no class-data archive, the program will start slower: " + e.getMessage());
            }
        }
        log("app image: " + image + " (" + mb(size(image)) + ")");

        for (String type : types) {
            switch (type) {
                case "app-image" -> {
                    Path out = dest.resolve(image.getFileName());
                    deleteTree(out);
                    copyTree(image, out);
                    log("app-image: " + out + " (" + mb(size(out)) + ")");
                }
                case "deb", "msi", "dmg" -> installer(type, image);
                default -> throw new Failure("unknown --type " + type);
            }
        }
        log(String.format(Locale.ROOT, "done in %.0f s", (System.nanoTime() - t0) / 1e9));
    }

    // ---- modules -------------------------------------------------------------------------

    /**
     * The JDK and JavaFX modules the jars need, as jdeps finds them (each jar on its own, with
     * the others on the module path so modular jars resolve), plus jdk.localedata: without it the
     * Vietnamese number and date formats silently fall back to English ones.
     */
    String modules(Path input, List<Path> fxJars) {
        String modulePath = Stream.concat(fxJars.stream(), Stream.of(input))
                .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> a = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", modulePath));
        jars(input).forEach(j -> a.add(j.toString()));
        // (jdeps warns of "split packages" here: each jar is both on the module path, so that
        // modular jars resolve their requirements, and analysed. The answer is not affected.)
        String out = tool("jdeps", a.toArray(String[]::new)).trim();
        String last = out.lines().reduce((x, y) -> y).orElse("");
        TreeSet<String> found = new TreeSet<>();
        for (String m : last.split(",")) {
            m = m.trim();
            if (m.startsWith("java.") || m.startsWith("jdk.") || m.startsWith("javafx.")) {
                found.add(m);
            }
        }
        if (found.isEmpty()) {
            throw new Failure("jdeps found no modules:\n" + out);
        }
        found.add("jdk.localedata");
        return String.join(",", found);
    }

    void jlink(List<Path> fxJars, String modules, Path runtime) throws IOException {
        String modulePath = fxJars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        // No --generate-cds-archive: the image gets its own archive (classDataArchive), which
        // holds the JDK classes the program uses, so the JDK's default one would be dead weight.
        tool("jlink", "--module-path", modulePath, "--add-modules", modules,
                "--include-locales=en,vi", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString());
        // The native commands stay (bin/java: a few kilobytes): the program runs the runtime's own
        // java to make the class-data archive of its jars on the machine where it is installed
        // (vn.thidua.app.ClassArchive).
        // JavaFX from Maven jars keeps its native libraries inside the module; at first start it
        // would extract them to ~/.openjfx. Beside the JDK's own libraries they load directly.
        Path nativeDir = runtime.resolve(OS == Os.WINDOWS ? "bin" : "lib");
        for (Path jar : fxJars) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                for (var e : java.util.Collections.list(jf.entries())) {
                    String n = e.getName();
                    if (!n.contains("/") && (n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))) {
                        try (var in = jf.getInputStream(e)) {
                            Files.copy(in, nativeDir.resolve(n), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
        log("runtime: " + runtime + " (" + mb(size(runtime)) + ")");
    }

    // ---- image ---------------------------------------------------------------------------

    Path jpackageImage(Path input, Path runtime, Path imageParent) throws IOException {
        List<String> a = new ArrayList<>(List.of(
                "--type", "app-image", "--name", name, "--app-version", appVersion(),
                "--input", input.toString(), "--main-jar", appJar.getFileName().toString(),
                "--main-class", mainClass, "--runtime-image", runtime.toString(),
                "--dest", imageParent.toString(), "--vendor", "ThiDua",
                "--description", OS == Os.WINDOWS ? ASCII_DESCRIPTION : DISPLAY_NAME));
        for (String o : launcherOptions()) {
            a.add("--java-options");
            a.add(o);
        }
        if (icon) {
            a.add("--icon");
            a.add(iconFile().toString());
        }
        if (OS == Os.MAC) {
            a.addAll(List.of("--mac-package-identifier", appOptions ? "vn.thidua" : "vn.thidua." + name,
                    "--mac-package-name", name));
        }
        if (OS == Os.WINDOWS && appOptions) {
            // ThiDua.exe is a window program: Windows gives it no console, so what a command prints
            // would be lost. thidua-cli.exe is the same program as a console program.
            Path props = work.resolve("thidua-cli.properties");
            // win-menu/win-shortcut=false are read by later jpackages (JDK-8269387); jpackage 17
            // ignores them and gives the twin a Start menu entry too (packaging/README.md).
            Files.writeString(props, "win-console=true\nwin-menu=false\nwin-shortcut=false\n",
                    StandardCharsets.ISO_8859_1);
            a.add("--add-launcher");
            a.add("thidua-cli=" + props);
        }
        tool("jpackage", a.toArray(String[]::new));
        return imageParent.resolve(OS == Os.MAC ? name + ".app" : name);
    }

    List<String> launcherOptions() {
        List<String> o = new ArrayList<>();
        if (appOptions) {
            o.add("-Dfile.encoding=UTF-8");
            o.addAll(MEMORY_OPTIONS);
            o.addAll(COMPILER_OPTIONS);
        }
        if (RUNTIME_FEATURE >= 25) {
            o.addAll(JAVAFX_ON_25_OPTIONS);
            if (compactHeaders) {
                o.addAll(COMPACT_HEADERS_OPTIONS);
            }
        }
        o.addAll(RUNTIME_FEATURE >= 25 ? PIPELINE_OPTIONS_AOT : PIPELINE_OPTIONS);
        o.addAll(javaOptions);
        return o;
    }

    Path iconFile() {
        return packagingDir.resolve("icons").resolve(switch (OS) {
            case LINUX -> "thidua.png";
            case WINDOWS -> "thidua.ico";
            case MAC -> "thidua.icns";
        }).toAbsolutePath();
    }

    /** macOS refuses a bundle version whose first number is 0 (CFBundleVersion); see packaging/README.md. */
    String appVersion() {
        if (OS == Os.MAC && version.startsWith("0.")) {
            return "1." + version.substring(2).replaceAll("[^0-9.].*$", "");
        }
        return version.replaceAll("[^0-9.].*$", "");
    }

    /** The folder holding the launcher configuration (*.cfg) and the jars: $APPDIR. */
    static Path appDir(Path image) {
        return switch (OS) {
            case LINUX -> image.resolve("lib/app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents/app");
        };
    }

    /**
     * The launcher of the training run. On Windows the console twin (thidua-cli.exe): what a
     * window program writes to its console may not reach us, and the run is watched through it.
     */
    Path trainingLauncher(Path image) {
        return OS == Os.WINDOWS && appOptions ? launcher(image, "thidua-cli") : launcher(image, name);
    }

    static Path launcher(Path image, String name) {
        return switch (OS) {
            case LINUX -> image.resolve("bin").resolve(name);
            case WINDOWS -> image.resolve(name + ".exe");
            case MAC -> image.resolve("Contents/MacOS").resolve(name);
        };
    }

    // ---- installers ----------------------------------------------------------------------

    void installer(String type, Path image) throws Exception {
        List<String> a = new ArrayList<>(List.of(
                "--type", type, "--app-image", image.toString(), "--name", name,
                "--app-version", appVersion(), "--dest", dest.toString(), "--vendor", "ThiDua",
                "--description", type.equals("msi") ? ASCII_DESCRIPTION : DISPLAY_NAME,
                "--copyright", "ThiDua"));
        switch (type) {
            case "deb" -> {
                // On Windows and macOS a license file becomes a page to accept before installing.
                a.addAll(List.of("--license-file", licenseFile().toString(), "--resource-dir", linuxResources().toString(),
                        "--linux-package-name", name, "--linux-shortcut", "--linux-menu-group", "Office",
                        "--linux-app-category", "misc", "--linux-deb-maintainer", "thidua@localhost",
                        "--install-dir", "/opt"));
                if (icon) {
                    a.addAll(List.of("--icon", iconFile().toString()));
                }
            }
            // No desktop shortcut: jpackage 17 would put one for thidua-cli.exe beside ThiDua's.
            case "msi" -> a.addAll(List.of("--win-per-user-install", "--win-menu", "--win-menu-group", "ThiDua",
                    "--win-upgrade-uuid", WIN_UPGRADE_UUID, "--icon", iconFile().toString()));
            case "dmg" -> a.addAll(List.of("--icon", iconFile().toString()));
            default -> throw new Failure("unknown installer type " + type);
        }
        tool("jpackage", a.toArray(String[]::new));
        try (Stream<Path> s = Files.list(dest)) {
            s.filter(p -> p.getFileName().toString().endsWith("." + type))
                    .forEach(p -> log(type + ": " + p + " (" + mb(sizeQuiet(p)) + ")"));
        }
    }

    /**
     * packaging/linux, with the placeholders of the maintainer scripts as this jpackage names them.
     * The scripts call jpackage's shell helpers (the menu entry's install and removal); jpackage 17
     * puts them where a line says UTILITY_SCRIPTS, jpackage 25 where lines say COMMON_SCRIPTS and
     * DESKTOP_SCRIPTS, and leaves a placeholder it does not know as it is: a command that does not
     * exist, which made the JDK 25 package's prerm fail and the package impossible to remove.
     */
    Path linuxResources() throws IOException {
        Path from = packagingDir.resolve("linux").toAbsolutePath();
        if (RUNTIME_FEATURE < 25) {
            return from;
        }
        Path to = work.resolve("linux-resources").toAbsolutePath();
        deleteTree(to);
        copyTree(from, to);
        try (Stream<Path> s = Files.list(to)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String changed = text.replaceAll("(?m)^UTILITY_SCRIPTS$", "COMMON_SCRIPTS\nDESKTOP_SCRIPTS");
                if (!changed.equals(text)) {
                    Files.writeString(f, changed, StandardCharsets.UTF_8);
                }
            }
        }
        return to;
    }

    Path licenseFile() {
        Path l = packagingDir.toAbsolutePath().getParent().resolve("LICENSE");
        return Files.exists(l) ? l : packagingDir.resolve("LICENSE.txt").toAbsolutePath();
    }

    /**
     * The class-data-sharing archive: one training run of the image as the secretary starts it
     * (the window, on a data file holding the sample bloc) lists every class loaded until the
     * main window is drawn ({@code -XX:DumpLoadedClassList}); the JVM of the image then maps
     * those classes into NAME.jsa ({@code -Xshare:dump}) and the launcher maps that file at every
     * start ({@code -XX:SharedArchiveFile=$APPDIR/NAME.jsa}).
     *
     * <p>Only classes of the runtime image (JDK and JavaFX) go in, none from the jars: JDK 17
     * checks the path and the modification time of every jar an archived class came from, and
     * refuses the archive when they differ. Installing moves the jars (/opt/thidua, the user's
     * own folder on Windows, /Applications) and jpackage does not keep their modification times;
     * an archive of runtime-image classes only is checked against the runtime's module file
     * alone, so it stays valid wherever the program is installed. See
     * docs/decisions/0004-installers-and-start-up.md for the figures.
     */
    void classDataArchive(Path image) throws Exception {
        Path scratch = Files.createTempDirectory("thidua-cds");
        Path data = scratch.resolve("data").resolve("thidua");
        Path log = scratch.resolve("train.log");
        Path classList = scratch.resolve("classes.lst");
        Path archive = appDir(image).resolve(name + ".jsa");
        Training training = null;
        try {
            training = Training.prepare(this, image, data, log, "cds", "class-data archive");
            if (training == null) {
                return;
            }
            Map<String, String> env = training.env;
            Process p = training.runUntil(toolOption("-XX:DumpLoadedClassList=" + classList), "started in", 120,
                    trainSettleMillis, log);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            int[] kept = keepRuntimeImageClasses(classList, appDir(image));
            env.put("JAVA_TOOL_OPTIONS", "-Xshare:dump " + toolOption("-XX:SharedClassListFile=" + classList)
                    + " " + toolOption("-XX:SharedArchiveFile=" + archive));
            Process dump = start(List.of(trainingLauncher(image).toString()), env, log);
            if (!dump.waitFor(300, TimeUnit.SECONDS) || dump.exitValue() != 0 || !Files.exists(archive)) {
                dump.destroyForcibly();
                throw new Failure("writing the class-data archive failed: " + tail(log));
            }
            addArchiveOption(image);
            if (OS == Os.MAC && commandWorks("codesign", "-h")) {
                // The bundle changed (NAME.jsa, the .cfg): sign it again, ad hoc, or macOS on Apple
                // silicon may call the unchanged signature broken and the program damaged.
                Process sign = new ProcessBuilder("codesign", "--force", "--deep", "--sign", "-", image.toString())
                        .inheritIO().start();
                if (sign.waitFor() != 0) {
                    throw new Failure("codesign of " + image + " failed");
                }
            }
            log("cds: " + archive + " (" + mb(Files.size(archive)) + ", " + kept[0] + " classes listed, "
                    + kept[1] + " from jars left out)");
        } finally {
            if (training != null) {
                training.stop();
            }
            deleteTree(scratch);
        }
    }

    /**
     * The ahead-of-time cache (JDK 25: JEP 483, 514, 515): one training run of the image as the
     * secretary starts it (the window, on a data file holding the sample bloc) until the main
     * window is filled with the year's data ("ready in"; the hello-world image: its window), then
     * stopped as a user closes it; the JVM writes, at its exit, the classes it loaded and linked
     * (the jars' ones too), archived objects and method profiles into NAME.aot
     * ({@code -XX:AOTCacheOutput}), and the launcher names that file at every start
     * ({@code -XX:AOTCache=$APPDIR/NAME.aot -XX:AOTMode=auto}).
     *
     * <p>Unlike JDK 17's archives, JDK 25 checks the jars of the class path by their size and by
     * their paths relative to the longest common prefix, not by modification time: the cache made
     * here stays valid in the installed program (/opt/thidua, the user's folder on Windows,
     * /Applications), so nothing is made after installing. A cache that does not match anyway (a
     * jar replaced, other JVM options) is skipped ({@code AOTMode=auto}): the program starts, only
     * slower.
     */
    void aheadOfTimeCache(Path image) throws Exception {
        Path scratch = Files.createTempDirectory("thidua-aot");
        Path data = scratch.resolve("data").resolve("thidua");
        Path log = scratch.resolve("train.log");
        Path cache = appDir(image).resolve(name + ".aot");
        Training training = null;
        try {
            training = Training.prepare(this, image, data, log, "aot", "ahead-of-time cache");
            if (training == null) {
                return;
            }
            Files.deleteIfExists(cache);
            // ThiDua: the main window filled with the year's data; hello world: its window. At the
            // stop, the JVM's exit writes the training's configuration, then a second JVM of the
            // runtime assembles the cache from it.
            Process p = training.runUntil(toolOption("-XX:AOTCacheOutput=" + cache),
                    appOptions ? "ready in" : "started in", 180, trainSettleMillis, log);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new Failure("writing the ahead-of-time cache took too long: " + tail(log));
            }
            if (!Files.isRegularFile(cache)) {
                throw new Failure("the training run wrote no ahead-of-time cache: " + tail(log));
            }
            addJavaOptions(image, List.of("-XX:AOTCache=$APPDIR/" + name + ".aot", "-XX:AOTMode=auto"));
            signAgainOnMac(image);
            log("aot: " + cache + " (" + mb(Files.size(cache)) + ")");
        } finally {
            if (training != null) {
                training.stop();
            }
            deleteTree(scratch);
        }
    }

    /** Adds JVM options at the top of every launcher's [JavaOptions] (they come before jpackage's own). */
    void addJavaOptions(Path image, List<String> options) throws IOException {
        try (Stream<Path> s = Files.list(appDir(image))) {
            for (Path cfg : s.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                String text = Files.readString(cfg, StandardCharsets.UTF_8);
                StringBuilder lines = new StringBuilder();
                for (String o : options) {
                    String line = "java-options=" + o;
                    if (!text.contains(line)) {
                        lines.append(line).append('\n');
                    }
                }
                String nl = text.contains("\r\n") ? "\r\n" : "\n";
                String block = lines.toString().replace("\n", nl);
                String header = "[JavaOptions]" + nl;
                if (!text.contains(header)) {
                    throw new Failure("no [JavaOptions] in " + cfg);
                }
                Files.writeString(cfg, text.replace(header, header + block), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The bundle changed (an archive, the .cfg): sign it again, ad hoc, or macOS on Apple silicon
     * may call the unchanged signature broken and the program damaged.
     */
    static void signAgainOnMac(Path image) throws IOException, InterruptedException {
        if (OS == Os.MAC && commandWorks("codesign", "-h")) {
            Process sign = new ProcessBuilder("codesign", "--force", "--deep", "--sign", "-", image.toString())
                    .inheritIO().start();
            if (sign.waitFor() != 0) {
                throw new Failure("codesign of " + image + " failed");
            }
        }
    }

    /** Removes from the class list every line that names a class of the application's jars. */
    static int[] keepRuntimeImageClasses(Path classList, Path appDir) throws IOException {
        java.util.Set<String> inJars = new java.util.HashSet<>();
        for (Path jar : jars(appDir)) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                for (var e : java.util.Collections.list(jf.entries())) {
                    String n = e.getName();
                    if (n.endsWith(".class")) {
                        inJars.add(n.replaceFirst("^META-INF/versions/[0-9]+/", "").replaceFirst("\\.class$", ""));
                    }
                }
            }
        }
        String text = Files.readString(classList, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            text = text.substring(0, text.lastIndexOf('\n') + 1); // a run stopped mid-line
        }
        java.util.regex.Pattern internalName = java.util.regex.Pattern.compile("[A-Za-z0-9_$]+(?:/[A-Za-z0-9_$]+)+");
        StringBuilder out = new StringBuilder();
        int classes = 0;
        int left = 0;
        for (String line : text.split("\n")) {
            // Lambda proxy lines name their classes in signatures: any jar class there drops the line.
            boolean fromJar = !line.startsWith("#")
                    && internalName.matcher(line).results().anyMatch(m -> inJars.contains(m.group()));
            if (fromJar) {
                left++;
            } else {
                out.append(line).append('\n');
                if (!line.startsWith("#") && !line.startsWith("@")) {
                    classes++;
                }
            }
        }
        Files.writeString(classList, out, StandardCharsets.UTF_8);
        return new int[] {classes, left};
    }

    void addArchiveOption(Path image) throws IOException {
        try (Stream<Path> s = Files.list(appDir(image))) {
            for (Path cfg : s.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                String text = Files.readString(cfg, StandardCharsets.UTF_8);
                // The program's own launchers also name the archive of the jars that the machine
                // where it is installed makes (`thidua optimize`, vn.thidua.app.ClassArchive); the
                // JVM maps the first alone while the second is missing or does not match. Not on
                // macOS: writing into the signed application bundle would break its seal.
                boolean local = appOptions && OS != Os.MAC;
                String files = "$APPDIR/" + name + ".jsa"
                        + (local ? java.io.File.pathSeparator + "$APPDIR/" + name + "-local.jsa" : "");
                String line = "java-options=-XX:SharedArchiveFile=" + files;
                if (!text.contains(line)) {
                    text = text.replace("[JavaOptions]" + System.lineSeparator(),
                            "[JavaOptions]" + System.lineSeparator() + line + System.lineSeparator());
                    if (!text.contains(line)) {
                        text = text.replace("[JavaOptions]\n", "[JavaOptions]\n" + line + "\n");
                    }
                    Files.writeString(cfg, text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** One option for JAVA_TOOL_OPTIONS, which splits at spaces unless quoted (a user folder may have one). */
    static String toolOption(String option) {
        return option.contains(" ") ? "\"" + option + "\"" : option;
    }

    static void stopGracefully(Process p) throws IOException, InterruptedException {
        if (OS == Os.WINDOWS) {
            // Without /F, taskkill asks the window to close, as its close button would.
            new ProcessBuilder("taskkill", "/PID", Long.toString(p.pid())).inheritIO().start().waitFor();
        } else {
            p.destroy(); // SIGTERM: the JVM runs its exit sequence and writes the archive
        }
    }

    static Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        if (!Files.exists(log)) {
            Files.createFile(log);
        }
        return pb.start();
    }

    /**
     * What a training run (the class-data archive's or the ahead-of-time cache's) starts: the
     * image's launcher, on a display (a private Xvfb on a Linux machine without one) and, unless
     * told otherwise, on a data file holding the sample bloc as the secretary has it (nothing to
     * migrate). Null when there is no display to be had: the image then gets no archive or cache.
     */
    static final class Training {
        final List<String> launcher;
        final Map<String, String> env;
        final Xvfb xvfb;

        private Training(List<String> launcher, Map<String, String> env, Xvfb xvfb) {
            this.launcher = launcher;
            this.env = env;
            this.xvfb = xvfb;
        }

        static Training prepare(Package pkg, Path image, Path data, Path log, String tag, String what)
                throws IOException, InterruptedException {
            Map<String, String> env = new LinkedHashMap<>();
            Xvfb xvfb = null;
            if (OS == Os.LINUX && System.getenv("DISPLAY") == null) {
                xvfb = Xvfb.start();
                if (xvfb == null) {
                    log(tag + ": no display and no Xvfb: the image gets no " + what);
                    return null;
                }
                env.put("DISPLAY", xvfb.display);
            }
            Training t = new Training(new ArrayList<>(List.of(pkg.trainingLauncher(image).toString())), env, xvfb);
            try {
                if (pkg.trainPrepareSample) {
                    List<String> prepare = new ArrayList<>(t.launcher);
                    prepare.addAll(List.of("--db", data.toString(), "sample"));
                    Process p = start(prepare, env, log);
                    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                        p.destroyForcibly();
                        throw new Failure("preparing the training data failed: " + tail(log));
                    }
                    t.launcher.addAll(List.of("--db", data.toString()));
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                t.stop();
                throw e;
            }
            return t;
        }

        /**
         * Runs the launcher with {@code javaToolOptions} until its log says {@code mark} (within
         * {@code seconds}), lets it go on {@code settleMillis}, then stops it as a user closes the
         * window (SIGTERM; Windows: a close request). Returns the process, still ending.
         */
        Process runUntil(String javaToolOptions, String mark, int seconds, long settleMillis, Path log)
                throws IOException, InterruptedException {
            env.put("JAVA_TOOL_OPTIONS", javaToolOptions);
            Process p = start(launcher, env, log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains(mark)) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new Failure("the training run did not show its window (\"" + mark + "\"): " + tail(log));
                }
                Thread.sleep(100);
            }
            Thread.sleep(settleMillis);
            stopGracefully(p);
            return p;
        }

        void stop() throws InterruptedException {
            if (xvfb != null) {
                xvfb.stop();
            }
        }
    }

    /** A private X server for the training run when there is no display (Linux build machines). */
    static final class Xvfb {
        final Process process;
        final String display;

        Xvfb(Process process, String display) {
            this.process = process;
            this.display = display;
        }

        static Xvfb start() throws IOException, InterruptedException {
            if (!commandWorks("Xvfb", "-help")) {
                return null;
            }
            Path fdFile = Files.createTempFile("xvfb", ".display");
            // -displayfd: Xvfb picks a free display number and writes it to the given descriptor.
            Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp",
                    "-screen", "0", "1366x768x24")
                    .redirectOutput(fdFile.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100; i++) {
                String n = Files.readString(fdFile).trim();
                if (!n.isEmpty()) {
                    Files.deleteIfExists(fdFile);
                    return new Xvfb(p, ":" + n);
                }
                Thread.sleep(50);
            }
            p.destroyForcibly();
            return null;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    static String tool(String name, String... args) {
        ToolProvider t = ToolProvider.findFirst(name)
                .orElseThrow(() -> new Failure(name + " not found: run this with a JDK 17 (not a JRE)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        log("$ " + name + " " + String.join(" ", args));
        int code = t.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (code != 0) {
            throw new Failure(name + " failed (" + code + "):\n" + out + err);
        }
        return out.toString();
    }

    static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static boolean isPlatformJar(Path jar) {
        // javafx-controls-21.0.11.jar is an empty placeholder; javafx-controls-21.0.11-linux.jar
        // (-win, -mac, -mac-aarch64) holds the module.
        return jar.getFileName().toString().matches("javafx-[a-z]+-[0-9][0-9.]*-[a-z0-9-]+\\.jar");
    }

    static List<Path> jars(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        // Attributes (modification times) are kept: the class-data archive checks them.
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                file.toFile().setWritable(true);
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(Package::sizeQuiet).sum();
        }
    }

    static long sizeQuiet(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static final long START = System.nanoTime();

    static void log(String s) {
        System.out.printf(Locale.ROOT, "[packaging %4.0fs] %s%n", (System.nanoTime() - START) / 1e9, s);
    }

    static Os detectOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Os.WINDOWS;
        }
        if (os.contains("mac")) {
            return Os.MAC;
        }
        return Os.LINUX;
    }
}
