package vn.thidua.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second JVM on the test class path, to kill or to hold a file, as a real process would. */
public final class ChildJvm implements AutoCloseable {

    /**
     * The JVM options the installed launcher gives the program (packaging/Package.java MEMORY_OPTIONS and
     * COMPILER_OPTIONS): a child runs as the program runs, and starts in about half the processor time.
     */
    public static final List<String> PROGRAM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(PROGRAM_OPTIONS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new ChildJvm(pb.start());
    }

    /** The next line the child prints; null when it has ended. */
    public String readLine() throws IOException {
        return out.readLine();
    }

    /** Reads lines until one starts with {@code prefix}; returns it, or null at the end. */
    public String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
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
    }
}
