package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.store.H2Backups;
import vn.thidua.testing.TestData;

/** Backups of a real data file: taken while open, looked into, restored. */
class BackupServiceTest {

    @TempDir
    Path dir;

    @Test
    void aBackupHoldsWhatTheFileHeldAndRestoresIt() throws Exception {
        Path zip;
        try (Workspace ws = TestData.openSample(dir)) {
            zip = ws.backups().backupInto(dir.resolve("usb"), "thu-cong");
            BackupService.Contents c = ws.backups().inspect(zip);
            assertThat(c.blocs()).isEqualTo(1);
            assertThat(c.years()).isEqualTo(2);
            assertThat(c.elections()).isEqualTo(3);
            assertThat(c.ballots()).isEqualTo(24);
            assertThat(c.blocCodes()).containsExactly("KTN");
            ws.blocs().addBloc("VX", "Khối Văn xã");
        }
        H2Backups.restore(zip, dir.resolve("test.mv.db"));
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.blocs().blocs()).extracting(b -> b.code()).containsExactly("KTN");
        }
    }

    @Test
    void closingAnElectionTakesABackupFirst() {
        try (Workspace ws = TestData.openSample(dir)) {
            assertThat(ws.backups().list()).hasSize(3);
            assertThat(ws.backups().list()).allSatisfy(p ->
                    assertThat(p.getFileName().toString()).startsWith("thidua-truoc-ket-thuc-bau-"));
        }
    }

    @Test
    void automaticBackupsAreKeptAndNamed() {
        try (Workspace ws = TestData.open(dir)) {
            Path a = ws.backups().automatic();
            Path b = ws.backups().automatic();
            assertThat(a).isNotEqualTo(b);
            assertThat(ws.backups().list()).contains(a, b);
        }
    }

    @Test
    void theArmedAutomaticBackupIsTakenBeforeTheFirstWriteWhenTheWindowHasNotTakenItYet() {
        try (Workspace ws = TestData.openSample(dir)) {
            int before = ws.backups().list().size();
            ws.backups().armAutomatic();
            assertThat(ws.backups().list()).as("arming takes nothing yet").hasSize(before);

            ws.blocs().addBloc("VX", "Khối Văn xã");

            List<Path> auto = automaticOnes(ws);
            assertThat(auto).hasSize(1);
            assertThat(ws.backups().inspect(auto.get(0)).blocCodes()).as("the file as it was before the write")
                    .containsExactly("KTN");
            ws.blocs().addBloc("KT", "Khối Kinh tế");
            assertThat(ws.backups().automaticIfDue()).as("the later job finds it taken").isFalse();
            assertThat(automaticOnes(ws)).as("once").hasSize(1);
        }
    }

    @Test
    void theArmedAutomaticBackupTakenByTheLaterJobIsNotTakenAgainByAWrite() {
        try (Workspace ws = TestData.openSample(dir)) {
            ws.backups().armAutomatic();
            assertThat(ws.backups().automaticIfDue()).isTrue();
            assertThat(automaticOnes(ws)).hasSize(1);
            assertThat(ws.backups().automaticIfDue()).isFalse();
            ws.blocs().addBloc("VX", "Khối Văn xã");
            assertThat(automaticOnes(ws)).hasSize(1);
            assertThat(ws.backups().inspect(automaticOnes(ws).get(0)).blocCodes()).containsExactly("KTN");
        }
    }

    @Test
    void writesTakeNoAutomaticBackupUnlessItWasArmed() {
        // The command line opens files without one: its writes stay as they were.
        try (Workspace ws = TestData.openSample(dir)) {
            ws.blocs().addBloc("VX", "Khối Văn xã");
            assertThat(automaticOnes(ws)).isEmpty();
            assertThat(ws.backups().automaticIfDue()).isFalse();
        }
    }

    private static List<Path> automaticOnes(Workspace ws) {
        return ws.backups().list().stream().filter(p -> p.getFileName().toString().startsWith("thidua-tu-dong-")).toList();
    }

    @Test
    void aHalfWrittenBackupOfAKilledRunIsNeverListedAndIsClearedByTheNextBackup() throws Exception {
        try (Workspace ws = TestData.open(dir)) {
            Path folder = ws.backups().folder();
            Files.createDirectories(folder);
            Path half = Files.write(folder.resolve("thidua-thu-cong-2026-12-03-101010.zip.part"), new byte[0]);
            assertThat(ws.backups().list()).isEmpty();
            Path zip = ws.backups().backup("thu-cong");
            assertThat(half).doesNotExist();
            assertThat(ws.backups().list()).containsExactly(zip);
            assertThat(ws.backups().inspect(zip).blocs()).isZero();
        }
    }

    @Test
    void aDamagedBackupIsRefusedWithAMessage() throws Exception {
        Path bad = Files.writeString(dir.resolve("hong.zip"), "không phải zip");
        try (Workspace ws = TestData.open(dir)) {
            AppException e = catchThrowableOfType(AppException.class, () -> ws.backups().inspect(bad));
            assertThat(Texts.vietnamese().t(e)).contains("Không đọc được bản sao lưu").contains("hong.zip");
        }
    }
}
