package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.AppException;
import vn.thidua.app.Workspace;
import vn.thidua.store.DataFileTool;
import vn.thidua.testing.TestData;

/** thidua password set / remove: passwords from standard input or THIDUA_PASSWORD, Vietnamese ones included. */
class PasswordCommandsTest {

    private static final String PASSWORD = "Mật khẩu ậẩ 2019";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("test.mv.db");
    }

    private String db() {
        return file().toString();
    }

    @Test
    void aVietnamesePasswordSetOnTheCommandLineOpensTheFileThereAndInTheProgram() {
        TestData.openSample(dir).close();

        CliRunner.Result set = CliRunner.runWith(PASSWORD + "\n", Map.of(), "--db", db(), "password", "set");

        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("Đã đặt mật khẩu cho tệp dữ liệu");
        assertThat(new DataFileTool().isEncrypted(file())).isTrue();
        CliRunner.Result needed = CliRunner.run("--db", db(), "scoreboard", "--bloc", "KTN", "--year", "2019");
        assertThat(needed.code()).isEqualTo(2);
        assertThat(needed.err()).contains("có mật khẩu");
        String decomposed = Normalizer.normalize(PASSWORD, Normalizer.Form.NFD);
        CliRunner.Result opened = CliRunner.runWith("", Map.of("THIDUA_PASSWORD", decomposed),
                "--db", db(), "scoreboard", "--bloc", "KTN", "--year", "2019");
        assertThat(opened.code()).as(opened.err()).isZero();
        assertThat(opened.out()).contains("Sở Giao thông Vận tải");
        try (Workspace ws = ThiDua.open(file(), PASSWORD.toCharArray())) {
            assertThat(ws.blocs().requireBloc("KTN")).isNotNull();
        }
    }

    @Test
    void changingReadsTheCurrentPasswordFirstOrFromTheEnvironment() {
        TestData.openSample(dir).close();
        CliRunner.runWith(PASSWORD + "\n", Map.of(), "--db", db(), "password", "set");

        CliRunner.Result wrong = CliRunner.runWith("sai mật khẩu\nMới hoàn toàn ơư\n", Map.of(),
                "--db", db(), "password", "set");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("không đúng");
        ThiDua.open(file(), PASSWORD.toCharArray()).close();

        String nfdInput = Normalizer.normalize(PASSWORD + "\nMới hoàn toàn ơư\n", Normalizer.Form.NFD);
        CliRunner.Result changed = CliRunner.runWith(nfdInput, Map.of(), "--db", db(), "password", "set");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("Đã đổi mật khẩu");
        AppException old = catchThrowableOfType(AppException.class, () -> ThiDua.open(file(), PASSWORD.toCharArray()));
        assertThat(old.key()).isEqualTo("data.error.wrongPassword");

        CliRunner.Result again = CliRunner.runWith("Lần thứ ba đây\n", Map.of("THIDUA_PASSWORD", "Mới hoàn toàn ơư"),
                "--db", db(), "password", "set");
        assertThat(again.code()).as(again.err()).isZero();
        ThiDua.open(file(), "Lần thứ ba đây".toCharArray()).close();
    }

    @Test
    void removeTakesThePasswordOffAndSaysWhenThereIsNone() {
        TestData.openSample(dir).close();
        CliRunner.runWith(PASSWORD + "\n", Map.of(), "--db", db(), "password", "set");

        CliRunner.Result noCurrent = CliRunner.runWith("", Map.of(), "--db", db(), "password", "remove");
        assertThat(noCurrent.code()).isEqualTo(2);
        assertThat(noCurrent.err()).contains("mật khẩu hiện tại");

        CliRunner.Result removed = CliRunner.runWith(PASSWORD + "\n", Map.of(), "--db", db(), "password", "remove");
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Đã bỏ mật khẩu");
        assertThat(new DataFileTool().isEncrypted(file())).isFalse();
        TestData.open(dir).close();

        CliRunner.Result none = CliRunner.runWith("", Map.of(), "--db", db(), "password", "remove");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("không có mật khẩu");
    }

    @Test
    void aMissingNewPasswordOrFileChangesNothing() throws Exception {
        TestData.openSample(dir).close();
        byte[] before = Files.readAllBytes(file());

        CliRunner.Result empty = CliRunner.runWith("", Map.of(), "--db", db(), "password", "set");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("Thiếu mật khẩu mới");
        CliRunner.Result shortOne = CliRunner.runWith("ậẩ\n", Map.of(), "--db", db(), "password", "set");
        assertThat(shortOne.code()).isEqualTo(2);
        assertThat(shortOne.err()).contains("ít nhất 6 ký tự");
        assertThat(new DataFileTool().isEncrypted(file())).isFalse();

        CliRunner.Result noFile = CliRunner.runWith(PASSWORD + "\n", Map.of(),
                "--db", dir.resolve("khong-co.mv.db").toString(), "password", "set");
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("Chưa có tệp dữ liệu");
        assertThat(dir.resolve("khong-co.mv.db")).doesNotExist();
        assertThat(before).isNotEmpty();
    }
}
