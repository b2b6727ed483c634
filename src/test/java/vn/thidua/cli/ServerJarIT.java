package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.PostgresServer;

/**
 * The packaged {@code target/thidua.jar} with {@code --db jdbc:postgresql://…}, as a script runs it from a
 * folder of its own: the same answers as on a data file, nothing made in that folder, and only the log
 * ({@code ~/.local/share/thidua/thidua-0.log}) in the home folder.
 */
class ServerJarIT {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /** Runs the jar in {@code work}, with {@code home} as its home folder. */
    private Run jar(Path work, Path home, String db, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Duser.home=" + home, "-jar", System.getProperty("thidua.jar"), "--db", db));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_DATA_HOME");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(r.code()).as("%s%n%s", String.join(" ", args), r.err()).isZero();
        return r;
    }

    private static Set<String> tree(Path d) throws Exception {
        try (Stream<Path> all = Files.walk(d)) {
            return all.map(p -> d.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private List<String> contract(Path work, Path home, String db, Path ballots) throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(jar(work, home, db, "sample").out());
        String id = jar(work, home, db, "election", "add", "--bloc", "KTN", "--year", "2019", "--title", "Thử", "--seats", "1",
                "--threshold", ">:50", "--base", "valid", "--issued", "8", "--candidates", "XD,TTTT").out();
        id = lastLine(id);
        answers.add(id);
        answers.add(jar(work, home, db, "ballots", "--election", id, "--import", ballots.toString()).out());
        answers.add(jar(work, home, db, "tally", "--election", id, "--format", "csv").out());
        answers.add(jar(work, home, db, "tally", "--election", "3", "--format", "csv").out());
        answers.add(jar(work, home, db, "close", "--election", id).out());
        answers.add(jar(work, home, db, "election", "list", "--bloc", "KTN", "--year", "2019", "--format", "csv").out());
        return answers;
    }

    @Test
    void theContractThroughTheJarOnAServerAnswersAsOnAFileAndMakesNothing() throws Exception {
        String url = PostgresServer.get().newDatabase("jar");
        Path ballots = dir.resolve("phieu.csv");
        Files.writeString(ballots, "ballot,approve\n1,XD\n2,XD\n3,TTTT\n4,XD\n5,\n6,TTTT\n7,XD\n8,XD;TTTT\n", StandardCharsets.UTF_8);
        Path work = Files.createDirectory(dir.resolve("work"));
        Path home = Files.createDirectory(dir.resolve("home"));
        List<String> onServer = contract(work, home, url, ballots);
        assertThat(tree(work)).as("nothing made in the working folder").containsExactly("");
        // The log of work on a server goes to the user's ThiDua folder (there is no data file to sit beside); no data.
        assertThat(tree(home)).as("only the log in the home folder").allMatch(p -> p.isEmpty()
                || ".local/share/thidua".startsWith(p) || p.matches("\\.local/share/thidua/thidua-\\d+\\.log(\\.lck)?"));

        Path fileWork = Files.createDirectory(dir.resolve("file-work"));
        List<String> onFile = contract(fileWork, home, fileWork.resolve("hoinghi").toString(), ballots);
        assertThat(onServer).containsExactlyElementsOf(onFile);
        assertThat(onServer.get(3)).isEqualTo("""
                code,name,votes,percent,result
                XD,Sở Xây dựng,4,57.14,elected
                TTTT,Sở Thông tin và Truyền thông,2,28.57,not_elected
                """);
    }

    private static String lastLine(String out) {
        String[] lines = out.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
