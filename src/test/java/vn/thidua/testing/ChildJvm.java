package vn.thidua.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test class path, to kill or to hold a file, as a real process would.
 *
 * <p>The child's standard output goes to a file, which {@link #readLine} follows, and not through a
 * pipe: a kill closes the parent's end of a pipe at once ({@code Process.destroy}), so the lines the
 * child wrote just before its death and the parent had not read yet were lost, and a loop counted a
 * paper the child had confirmed as not confirmed. A file keeps every line the child wrote.
 */
public final class ChildJvm implements AutoCloseable {

    /**
     * The JVM options the installed launcher gives the program (packaging/Package.java MEMORY_OPTIONS and
     * COMPILER_OPTIONS): a child runs as the program runs, and starts in about half the processor time.
     */
    public static final List<String> PROGRAM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** How long {@link #readLine} waits before looking at the file again while the child runs. */
    private static final long POLL_MILLIS = 2;

    private final Process process;
    private final Path outFile;
    private final InputStream out;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    private ChildJvm(Process process, Path outFile) throws IOException {
        this.process = process;
        this.outFile = outFile;
        this.out = new BufferedInputStream(Files.newInputStream(outFile));
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(PROGRAM_OPTIONS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", main.getName()));
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile("thidua-child-", ".out");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(outFile.toFile());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return new ChildJvm(pb.start(), outFile);
        } catch (IOException e) {
            Files.deleteIfExists(outFile);
            throw e;
        }
    }

    /**
     * The next line the child printed, waiting for it while the child runs; null once the child has
     * ended and every line it printed has been read (a last line without its end of line included).
     */
    public synchronized String readLine() throws IOException {
        while (true) {
            // Whether the child had ended is asked before reading: if it had, the file holds all it wrote.
            boolean ended = !process.isAlive();
            String line = nextLine();
            if (line != null) {
                return line;
            }
            if (ended) {
                if (partial.size() == 0) {
                    return null;
                }
                String last = partial.toString(StandardCharsets.UTF_8);
                partial.reset();
                return last;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the child's output", e);
            }
        }
    }

    /** A whole line from what the file holds now, or null when it holds no end of line yet. */
    private String nextLine() throws IOException {
        int b;
        while ((b = out.read()) >= 0) {
            if (b == '\n') {
                String line = partial.toString(StandardCharsets.UTF_8);
                partial.reset();
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            partial.write(b);
        }
        return null;
    }

    /** Reads lines until one starts with {@code prefix}; returns it, or null at the end. */
    public String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** False once the child has ended, by itself or by a kill. */
    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux and macOS: no shutdown hook, no flush, like a pulled plug for the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM on Linux and macOS: what a desktop logout or {@code kill PID} sends; shutdown hooks run. */
    public void terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try {
            out.close();
            Files.deleteIfExists(outFile);
        } catch (IOException e) {
            // a temporary file left behind
        }
    }
}
