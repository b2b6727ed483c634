package vn.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;

/** Real data files in a temporary folder, wired exactly as the program wires them. */
public final class TestData {

    /** The sample made once per test JVM, closed cleanly; every {@link #openSample} opens a copy of it. */
    private static Path template;

    private TestData() {
    }

    public static Workspace open(Path folder) {
        return ThiDua.open(folder.resolve("test.mv.db"));
    }

    /**
     * The 2019 sample in {@code folder}, opened as the program opens a file. A new folder gets a copy of
     * the sample made once per JVM (its data file, its mark and its backups, as {@code sample} left
     * them): making it takes seconds, copying and opening it a fraction of one. A folder that already
     * holds a data file gets the sample made in it, if it is empty, as before.
     */
    public static Workspace openSample(Path folder) {
        if (!Files.exists(folder.resolve("test.mv.db"))) {
            copyTree(sampleTemplate(), folder);
            return open(folder);
        }
        Workspace ws = open(folder);
        ws.sample().createIfEmpty();
        return ws;
    }

    private static synchronized Path sampleTemplate() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("thidua-sample-");
                try (Workspace ws = open(dir)) {
                    ws.sample().createIfEmpty();
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                template = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it in the end
        }
    }
}
