package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.testing.ChildJvm;
import vn.thidua.testing.PackFiles;
import vn.thidua.testing.TestData;

/** Issue 15, item 8: the pack is moved in whole; a failure or a kill leaves the old pack or the new one. */
class PackFolderTest {

    private static final String PLACE = "Hải Dương";

    @Test
    void aPackKilledHalfwayLeavesTheOldPackWholeAndTheNextRunClearsTheLeftover(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("test.mv.db");
        Path out = dir.resolve("bao-cao");
        try (Workspace ws = TestData.openSample(dir)) {
            ws.reports().write("KTN", 2019, out, ReportService.Options.all(), ReportService.Progress.NONE);
        }
        Map<String, byte[]> before = contents(out);
        assertThat(before).hasSize(11);

        try (ChildJvm child = ChildJvm.start(ReportPackChild.class, data.toString(), out.toString(), PLACE)) {
            assertThat(child.awaitLine("FILE 3/11")).as("the child wrote three files").isNotNull();
            child.kill();
        }

        assertThat(contents(out)).as("the old pack, byte for byte").containsExactlyInAnyOrderEntriesOf(before);
        assertThat(docxTexts(out)).noneMatch(t -> t.contains(PLACE));
        assertThat(siblings(dir)).as("the killed run's unfinished pack beside the folder")
                .containsExactly(".bao-cao.dang-ghi");

        try (Workspace ws = TestData.open(dir)) {
            ws.reports().write("KTN", 2019, out, ReportService.Options.all(), ReportService.Progress.NONE);
        }
        assertThat(siblings(dir)).as("the leftover cleared").isEmpty();
        assertThat(contents(out)).hasSize(11).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isNotEmpty());
        assertThat(docxTexts(out)).hasSize(5).allMatch(t -> t.contains(PLACE), "the new pack in every document");
    }

    @Test
    void aFailedRunLeavesTheOldFolderAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bao-cao");
        Path templates = Files.createDirectories(dir.resolve("mau"));
        try (Workspace ws = TestData.openSample(dir)) {
            ws.reports().write("KTN", 2019, out, ReportService.Options.all(), ReportService.Progress.NONE);
            Map<String, byte[]> before = contents(out);
            Files.writeString(templates.resolve("to-trinh-khen-thuong.docx"), "not a Word file");

            assertThatThrownBy(() -> ws.reports().write("KTN", 2019, out,
                    new ReportService.Options(ReportService.Options.all().documents(), templates),
                    ReportService.Progress.NONE)).isInstanceOf(AppException.class);

            assertThat(contents(out)).containsExactlyInAnyOrderEntriesOf(before);
            assertThat(siblings(dir)).isEmpty();
        }
    }

    /** A kill between the renames of the swap: the complete new pack is put in place, the other files carried over. */
    @Test
    void recoveryFinishesASwapLeftHalfway(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("ktn-2019");
        Path old = Files.createDirectories(dir.resolve(".ktn-2019.cu"));
        Path ready = Files.createDirectories(dir.resolve(".ktn-2019.moi"));
        Files.writeString(old.resolve("bang-diem-2019.xlsx"), "old");
        Files.writeString(old.resolve("ghi-chu-cua-thu-ky.txt"), "mine");
        Files.writeString(ready.resolve("bang-diem-2019.xlsx"), "new");

        new PackFolder(target).recover();

        assertThat(Files.readString(target.resolve("bang-diem-2019.xlsx"))).isEqualTo("new");
        assertThat(Files.readString(target.resolve("ghi-chu-cua-thu-ky.txt"))).isEqualTo("mine");
        assertThat(siblings(dir)).isEmpty();
    }

    @Test
    void recoveryPutsTheOldFolderBackWhenNoCompletePackWasMade(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("ktn-2019");
        Path old = Files.createDirectories(dir.resolve(".ktn-2019.cu"));
        Path writing = Files.createDirectories(dir.resolve(".ktn-2019.dang-ghi"));
        Files.writeString(old.resolve("bang-diem-2019.xlsx"), "old");
        Files.writeString(writing.resolve("bang-diem-2019.xlsx"), "");

        new PackFolder(target).recover();

        assertThat(Files.readString(target.resolve("bang-diem-2019.xlsx"))).isEqualTo("old");
        assertThat(siblings(dir)).isEmpty();
    }

    @Test
    void filesThePackDoesNotWriteStayInTheFolder(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("bao-cao"));
        Files.writeString(out.resolve("ghi-chu-cua-thu-ky.txt"), "mine");
        try (Workspace ws = TestData.openSample(dir)) {
            ws.reports().write("KTN", 2019, out, new ReportService.Options(
                    Set.of(ReportService.Document.WORKBOOK), null), ReportService.Progress.NONE);
        }
        assertThat(contents(out).keySet()).containsExactlyInAnyOrder("bang-diem-2019.xlsx", "ghi-chu-cua-thu-ky.txt");
        assertThat(Files.readString(out.resolve("ghi-chu-cua-thu-ky.txt"))).isEqualTo("mine");
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static List<String> docxTexts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            // The documents with the heading; the ballot papers name no place.
            return files.filter(p -> p.toString().endsWith(".docx") && !p.getFileName().toString().startsWith("phieu-bau"))
                    .sorted().map(PackFiles::text).toList();
        }
    }

    /** Hidden folders beside the pack (the data file's own files are not folders). */
    private static List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}
