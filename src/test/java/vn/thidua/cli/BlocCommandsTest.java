package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.testing.TestData;

/** bloc / unit / year / sample commands, in-process, on a real data file. */
class BlocCommandsTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    @Test
    void sampleIsCreatedOnceAndSaysSo() {
        CliRunner.Result first = CliRunner.run("--db", db(), "sample");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Đã tạo khối mẫu KTN");
        CliRunner.Result second = CliRunner.run("--db", db(), "sample");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("đã có");
    }

    @Test
    void blocUnitAndYearBuildABloc() {
        assertThat(CliRunner.run("--db", db(), "bloc", "add", "--code", "VX", "--name", "Khối Văn xã").code()).isZero();
        assertThat(CliRunner.run("--db", db(), "year", "add", "--bloc", "VX", "--year", "2023").code()).isZero();
        assertThat(CliRunner.run("--db", db(), "unit", "add", "--bloc", "VX", "--code", "SYT", "--name", "Sở Y tế",
                "--short", "Sở YT").code()).isZero();
        assertThat(CliRunner.run("--db", db(), "unit", "add", "--bloc", "VX", "--code", "GD",
                "--name", "Sở Giáo dục và Đào tạo").code()).isZero();
        CliRunner.Result year = CliRunner.run("--db", db(), "year", "add", "--bloc", "VX", "--year", "2024",
                "--head", "SYT", "--deputy", "GD");
        assertThat(year.code()).isZero();
        assertThat(year.out()).contains("Đã bắt đầu năm 2024 của khối VX (2 đơn vị)");

        try (Workspace ws = TestData.open(dir)) {
            var bloc = ws.blocs().requireBloc("VX");
            Season y2024 = ws.blocs().requireSeason(bloc, 2024);
            assertThat(ws.blocs().members(y2024)).extracting(Unit::code).containsExactlyInAnyOrder("SYT", "GD");
            assertThat(ws.blocs().memberByCode(y2024, "SYT")).map(Unit::id).contains(y2024.headUnitId());
        }
    }

    @Test
    void duplicateUnitCodeExitsTwoWithAVietnameseMessage() {
        CliRunner.run("--db", db(), "sample");
        CliRunner.Result r = CliRunner.run("--db", db(), "unit", "add", "--bloc", "KTN", "--code", "GTVT",
                "--name", "Trùng mã");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Lỗi:").contains("“GTVT” đã dùng cho Sở Giao thông Vận tải")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownBlocAndBadUsageExitTwo() {
        CliRunner.Result r = CliRunner.run("--db", db(), "unit", "add", "--bloc", "XYZ", "--code", "A", "--name", "B");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Không có khối mã XYZ");

        CliRunner.Result usage = CliRunner.run("--db", db(), "year", "add", "--bloc", "KTN", "--year", "hai nghìn");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Giá trị “hai nghìn” không hợp lệ cho --year").doesNotContain("\tat ");
    }

    @Test
    void yearWithALeaderWhoIsNotAMemberChangesNothing() {
        CliRunner.run("--db", db(), "sample");
        CliRunner.Result r = CliRunner.run("--db", db(), "year", "add", "--bloc", "KTN", "--year", "2021",
                "--head", "NOPE");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("NOPE");
        try (Workspace ws = TestData.open(dir)) {
            assertThat(ws.blocs().season(ws.blocs().requireBloc("KTN").id(), 2021)).isEmpty();
        }
    }

    @Test
    void yearSetRecordsTheConferenceForTheDocumentsAndANewYearKeepsThePlace() {
        CliRunner.run("--db", db(), "sample");
        assertThat(CliRunner.run("--db", db(), "year", "set", "--bloc", "KTN", "--year", "2019", "--date", "12/12/2019",
                "--place", "Hải Dương", "--superior", "UBND tỉnh Hải Dương").code()).isZero();
        assertThat(CliRunner.run("--db", db(), "year", "set", "--bloc", "KTN", "--year", "2019", "--date", "31/02/2019")
                .err()).contains("31/02/2019");
        assertThat(CliRunner.run("--db", db(), "year", "set", "--bloc", "KTN", "--year", "2019",
                "--counting-head", "Nguyễn Văn An", "--counting-members", "Trần Thị Bình, Lê Văn Cường",
                "--signer", "Phạm Thị Dung").code()).isZero();
        // What is not given stays: the names survive a later change of the place.
        CliRunner.run("--db", db(), "year", "set", "--bloc", "KTN", "--year", "2019", "--place", "Hải Dương");
        // A new year copies the place from the latest year before it (2020).
        CliRunner.run("--db", db(), "year", "set", "--bloc", "KTN", "--year", "2020", "--place", "Hải Dương");
        CliRunner.run("--db", db(), "year", "add", "--bloc", "KTN", "--year", "2021");
        try (Workspace ws = TestData.open(dir)) {
            var ktn = ws.blocs().requireBloc("KTN");
            var d = ws.blocs().conferenceDetails(ws.blocs().requireSeason(ktn, 2019));
            assertThat(d.date()).isEqualTo(LocalDate.of(2019, 12, 12));
            assertThat(d.place()).isEqualTo("Hải Dương");
            assertThat(d.countingHead()).isEqualTo("Nguyễn Văn An");
            assertThat(d.countingMembers()).containsExactly("Trần Thị Bình", "Lê Văn Cường");
            assertThat(d.signer()).isEqualTo("Phạm Thị Dung");
            var d2021 = ws.blocs().conferenceDetails(ws.blocs().requireSeason(ktn, 2021));
            assertThat(d2021.place()).isEqualTo("Hải Dương");
            assertThat(d2021.date()).isNull();
            assertThat(d2021.countingHead()).as("a new conference, a new committee").isEmpty();
            assertThat(d2021.signer()).isEmpty();
        }
    }
}
