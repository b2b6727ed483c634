package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.Workspace;
import vn.thidua.store.ChildWriter;
import vn.thidua.testing.ChildJvm;

/** {@code thidua backup}, {@code backups}, {@code restore}, and names that cannot be a data file. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("thidua").toString();
    }

    private Path file() {
        return dir.resolve("thidua.mv.db");
    }

    private String place() {
        try (Workspace ws = ThiDua.open(file())) {
            return ws.blocs().conferenceDetails(ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019)).place();
        }
    }

    private void setPlace(String place) {
        try (Workspace ws = ThiDua.open(file())) {
            var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            var now = ws.blocs().conferenceDetails(season);
            ws.blocs().setConferenceDetails(season, now.withHeading(now.date(), place, now.superiorBody()));
        }
    }

    @Test
    void aBackupIsListedWithItsContentsAndRestoredKeepingTheFileBesideIt() throws Exception {
        assertThat(CliRunner.run("--db", db(), "sample").code()).isZero();
        setPlace("Trước sao lưu");
        CliRunner.Result backup = CliRunner.run("--db", db(), "backup");
        assertThat(backup.code()).isZero();
        Path zip = Path.of(backup.lastLine().replaceAll("^Đã sao lưu vào (.*)\\.$", "$1"));
        assertThat(zip).exists().hasParent(dir.resolve("sao-luu"));
        try (Stream<Path> files = Files.list(zip.getParent())) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }

        CliRunner.Result list = CliRunner.run("--db", db(), "backups");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(zip.getFileName().toString()).contains("khối KTN")
                .contains("3 cuộc bầu (3 đã kết thúc)");

        setPlace("Sau sao lưu");
        CliRunner.Result restore = CliRunner.run("--db", db(), "restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("1 thay đổi ghi sau lúc sao lưu").contains("Đã khôi phục");
        assertThat(place()).isEqualTo("Trước sao lưu");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("thidua.mv.db.hong-"))).hasSize(1);
        }
    }

    @Test
    void aBackupToAChosenFolderGoesThere() {
        CliRunner.run("--db", db(), "sample");
        Path usb = dir.resolve("usb");
        CliRunner.Result r = CliRunner.run("--db", db(), "backup", "--to", usb.toString());
        assertThat(r.code()).isZero();
        assertThat(usb.toFile().list()).singleElement().asString().startsWith("thidua-thu-cong-").endsWith(".zip");
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProgramHasTheFileOpen() throws Exception {
        CliRunner.run("--db", db(), "sample");
        Path zip = Path.of(CliRunner.run("--db", db(), "backup").lastLine().replaceAll("^Đã sao lưu vào (.*)\\.$", "$1"));
        try (ChildJvm holder = ChildJvm.start(ChildWriter.class, "hold", file().toString())) {
            assertThat(holder.awaitLine("READY")).isNotNull();
            CliRunner.Result r = CliRunner.run("--db", db(), "restore", zip.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("đang được một chương trình ThiDua mở").doesNotContain("Exception");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".hong-"))).isEmpty();
        }
    }

    @Test
    void anUnreadableBackupIsRefusedAndNothingChanges() throws Exception {
        CliRunner.run("--db", db(), "sample");
        Path junk = dir.resolve("khong-phai.zip");
        Files.writeString(junk, "không phải bản sao lưu");
        CliRunner.Result r = CliRunner.run("--db", db(), "restore", junk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Không đọc được bản sao lưu");
        assertThat(place()).isNotNull();
    }

    @Test
    void anEmptyNameAFolderOrADeviceIsRefusedAndNothingIsMade() throws Exception {
        CliRunner.Result empty = CliRunner.run("--db", "", "scoreboard", "--bloc", "KTN", "--year", "2019");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("--db trống");
        CliRunner.Result folder = CliRunner.run("--db", dir.toString(), "sample");
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("là một thư mục, không phải tệp dữ liệu");
        CliRunner.Result device = CliRunner.run("--db", "/dev/null", "sample");
        assertThat(device.code()).isEqualTo(2);
        assertThat(device.err()).contains("là một thiết bị");
        assertThat(Path.of("/dev/null.mv.db")).doesNotExist();
        assertThat(dir.resolveSibling(dir.getFileName() + ".mv.db")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
