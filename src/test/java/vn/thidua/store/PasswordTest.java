package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.ZipInputStream;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.ThiDua;
import vn.thidua.app.AppException;
import vn.thidua.app.DataFileException;
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
        assertThat(DataFileException.kindOf(needed)).as("the window asks for the password").isEqualTo(DataFileException.Kind.PASSWORD);
        AppException wrong = catchThrowableOfType(AppException.class,
                () -> ThiDua.open(file(), "sai-mat-khau".toCharArray()));
        assertThat(wrong.key()).isEqualTo("data.error.wrongPassword");
        assertThat(DataFileException.kindOf(wrong)).isEqualTo(DataFileException.Kind.PASSWORD);

        Path zip;
        try (Workspace ws = ThiDua.open(file(), "bimat2019".toCharArray())) {
            assertThat(ws.blocs().requireBloc("KTN")).isNotNull();
            zip = ws.backups().backup("thu-cong");
        }
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            z.getNextEntry();
            assertThat(new String(z.readNBytes(9), StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
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
    void aVietnamesePasswordWithSpacesSetByTheProgramOpensTheFile() {
        TestData.openSample(dir).close();
        DataFileTool tool = new DataFileTool();
        char[] password = "Mật khẩu ậẩ 2019".toCharArray();

        tool.changePassword(file(), null, password.clone());

        assertThat(tool.isEncrypted(file())).isTrue();
        try (Workspace ws = ThiDua.open(file(), password.clone())) {
            assertThat(ws.blocs().requireBloc("KTN")).isNotNull();
        }
        AppException lowBytesOnly = catchThrowableOfType(AppException.class,
                () -> ThiDua.open(file(), "M\u00adt kh\u00a9u \u00ad\u00a9 2019".toCharArray()));
        assertThat(lowBytesOnly.key()).isEqualTo("data.error.wrongPassword");
    }

    @Test
    void aPasswordTypedDecomposedIsTheSamePasswordComposed() {
        TestData.openSample(dir).close();
        DataFileTool tool = new DataFileTool();
        String composed = "Mật khẩu ậẩ 2019";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        tool.changePassword(file(), null, decomposed.toCharArray());
        ThiDua.open(file(), composed.toCharArray()).close();
        ThiDua.open(file(), decomposed.toCharArray()).close();

        tool.changePassword(file(), composed.toCharArray(), "Đổi lần hai ơư".toCharArray());
        ThiDua.open(file(), Normalizer.normalize("Đổi lần hai ơư", Normalizer.Form.NFD)
                .toCharArray()).close();
        tool.changePassword(file(), Normalizer.normalize("Đổi lần hai ơư", Normalizer.Form.NFD)
                .toCharArray(), null);
        assertThat(tool.isEncrypted(file())).isFalse();
        TestData.open(dir).close();
    }

    @Test
    void aFileEncryptedByTheOlderVersionWithAVietnamesePasswordOpensAgain() throws Exception {
        TestData.openSample(dir).close();
        // What the older version did: the password's characters, as typed, straight to H2.
        ChangeFileEncryption.execute(dir.toString(), "test", "AES", null,
                "mậtkhẩu2019".toCharArray(), true);
        assertThat(new DataFileTool().isEncrypted(file())).isTrue();

        try (Workspace ws = ThiDua.open(file(), "mậtkhẩu2019".toCharArray())) {
            assertThat(ws.blocs().requireBloc("KTN")).isNotNull();
        }
        ThiDua.open(file(), "mậtkhẩu2019".toCharArray()).close();
        AppException wrong = catchThrowableOfType(AppException.class,
                () -> ThiDua.open(file(), "mậtkhẩu2020".toCharArray()));
        assertThat(wrong.key()).isEqualTo("data.error.wrongPassword");
    }

    @Test
    void aShortPasswordIsRefused() {
        TestData.open(dir).close();
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new DataFileTool().changePassword(file(), null, "123".toCharArray()));
        assertThat(Texts.vietnamese().all(e.problems())).contains("ít nhất 6 ký tự");
    }
}
