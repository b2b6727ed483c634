package vn.thidua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Recovery;
import vn.thidua.app.Workspace;
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
    void noBackupNoOffer(@TempDir Path dir) {
        assertThat(new H2Recovery().newestGoodBackup(dir.resolve("x.mv.db"))).isEmpty();
    }
}
