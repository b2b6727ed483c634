package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.AppException;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.testing.TestData;

/** A data file with a password: set, needed, wrong, changed, removed; its backups stay encrypted. */
class PasswordTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("test.mv.db");
    }

    @Test
    void setUseChangeAndRemoveAPassword() throws Exception {
        TestData.openSample(dir).close();
        DataFileTool tool = new DataFileTool();
        assertThat(tool.isEncrypted(file())).isFalse();

        tool.changePassword(file(), null, "bimat2019".toCharArray());
        assertThat(tool.isEncrypted(file())).isTrue();

        AppException needed = catchThrowableOfType(AppException.class, () -> TestData.open(dir));
        assertThat(Texts.vietnamese().t(needed)).contains("có mật khẩu");
        AppException wrong = catchThrowableOfType(AppException.class,
                () -> ThiDua.open(file(), "sai-mat-khau".toCharArray()));
        assertThat(wrong.key()).isEqualTo("data.error.wrongPassword");

        Path zip;
        try (Workspace ws = ThiDua.open(file(), "bimat2019".toCharArray())) {
            assertThat(ws.blocs().requireBloc("KTN")).isNotNull();
            zip = ws.backups().backup("thu-cong");
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            z.getNextEntry();
            assertThat(new String(z.readNBytes(9), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        }

        AppException badOld = catchThrowableOfType(AppException.class,
                () -> tool.changePassword(file(), "khong-dung".toCharArray(), "moi123456".toCharArray()));
        assertThat(badOld.key()).isEqualTo("data.error.wrongPassword");
        tool.changePassword(file(), "bimat2019".toCharArray(), "moi123456".toCharArray());
        ThiDua.open(file(), "moi123456".toCharArray()).close();

        tool.changePassword(file(), "moi123456".toCharArray(), null);
        assertThat(tool.isEncrypted(file())).isFalse();
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.elections().ballots(1)).isNotEmpty();
        }
    }

    @Test
    void aShortPasswordIsRefused() {
        TestData.open(dir).close();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new DataFileTool().changePassword(file(), null, "123".toCharArray()));
        assertThat(Texts.vietnamese().all(e.problems())).contains("ít nhất 6 ký tự");
    }
}
