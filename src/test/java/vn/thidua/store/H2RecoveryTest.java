package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.AppException;
import vn.thidua.app.BackupService;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Recovery;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;

/** A damaged data file is replaced by the newest readable backup; the damaged one is kept. */
class H2RecoveryTest {

    @Test
    void newestReadableBackupIsFoundAndRestoredKeepingTheDamagedFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        Path good;
        try (Workspace ws = TestData.openSample(dir)) {
            good = ws.backups().backup("thu-cong");
        }
        // A newer but unreadable backup is passed over.
        Path broken = Files.writeString(dir.resolve("sao-luu").resolve("thidua-hong.zip"), "hỏng");
        Files.setLastModifiedTime(broken, FileTime.from(Instant.now().plusSeconds(60)));
        Files.write(file, new byte[] {1, 2, 3});

        H2Recovery recovery = new H2Recovery();
        Recovery.Found found = recovery.newestGoodBackup(file).orElseThrow();
        assertThat(found.zip()).isEqualTo(good);
        assertThat(found.contents().ballots()).isEqualTo(24);

        Path aside = recovery.restore(found.zip(), file);
        assertThat(Files.readAllBytes(aside)).containsExactly(1, 2, 3);
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.blocs().requireBloc("KTN").name()).isEqualTo("Khối thi đua Kinh tế ngành");
        }
    }

    @Test
    void aBackupSaysWhatRestoringItWouldUndo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        Path zip;
        long id;
        try (Workspace ws = TestData.openSample(dir)) {
            var season = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            var units = ws.blocs().members(season).stream().map(u -> u.id()).toList();
            id = ws.elections().create(season, new ElectionService.Draft("Thử khôi phục", 1,
                    ThresholdOperator.GT, BigDecimal.valueOf(50),
                    Base.VALID, 8, units, null, false));
            ws.elections().enterBallot(id, "1");
            zip = ws.backups().backup("thu-cong");
            ws.elections().enterBallot(id, "2");
            ws.elections().enterBallot(id, "1");
            ws.elections().close(id);
        }
        H2Recovery recovery = new H2Recovery();
        var backup = recovery.backups(file).stream().filter(f -> f.zip().equals(zip)).findFirst().orElseThrow();
        var now = recovery.current(file).orElseThrow();
        var undone = BackupService.undone(backup.contents(), now);

        assertThat(undone).extracting(u -> u.key()).containsExactly("backup.undo.reopened", "backup.undo.ballots",
                "backup.undo.changes");
        assertThat(Texts.vietnamese().t(undone.get(0).key(), undone.get(0).args().toArray()))
                .isEqualTo("Cuộc bầu «Thử khôi phục» (2019) sẽ trở lại đang kiểm phiếu (đã kết thúc sau lúc sao lưu).");
        assertThat(undone.get(1).args()).containsExactly("Thử khôi phục", "2019", 2);
        assertThat((long) undone.get(2).args().get(0)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFileBehindItsLastWriteOpensAsItIsOnlyWhenTheUserSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.mv.db");
        TestData.openSample(dir).close();
        Path older = dir.resolve("cu.mv.db");
        Files.copy(file, older);
        try (Workspace ws = TestData.open(dir)) {
            ws.blocs().addBloc("VX", "Khối Văn xã");
        }
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        AppException e = Assertions.catchThrowableOfType(
                AppException.class, () -> TestData.open(dir));
        assertThat(e.key()).isEqualTo("data.error.behind");
        byte[] before = Files.readAllBytes(file);

        new H2Recovery().acceptAsItIs(file);

        assertThat(Files.readAllBytes(file)).as("accepting changes nothing in the file").isEqualTo(before);
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.blocs().blocs()).extracting(b -> b.code()).containsExactly("KTN");
        }
    }

    @Test
    void noBackupNoOffer(@TempDir Path dir) {
        assertThat(new H2Recovery().newestGoodBackup(dir.resolve("x.mv.db"))).isEmpty();
    }
}
