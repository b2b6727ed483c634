package vn.thidua.ui.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Preferences;
import vn.thidua.app.Texts;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.testing.TestData;
import vn.thidua.ui.common.DialogService;
import vn.thidua.ui.common.RecordingDialogs;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.Tasks;
import vn.thidua.ui.province.ProvinceViewModel.BlocLine;
import vn.thidua.ui.province.ProvinceViewModel.NotClosed;
import vn.thidua.ui.province.ProvinceViewModel.TitleLine;

/**
 * The office's screen's model on its own, without the toolkit (its jobs on the calling thread), over the
 * 2019 sample's file with a second bloc made as the commands make it.
 */
class ProvinceViewModelTest {

    @TempDir
    Path dir;
    Workspace ws;
    Session session;
    ProvinceViewModel vm;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = TestData.openSample(dir);
        DialogService dialogs = new RecordingDialogs(errors);
        session = new Session(ws, new Preferences(dir.resolve("prefs.properties")), Tasks.onCallingThread(dialogs),
                dialogs, Texts.vietnamese());
        Bloc ktn = ws.blocs().requireBloc("KTN");
        session.select(ktn, ws.blocs().requireSeason(ktn, 2019));
        vm = new ProvinceViewModel(session);
        vm.refresh();
    }

    @AfterEach
    void close() {
        ws.close();
        assertThat(errors).isEmpty();
    }

    /** "VX – Khối Văn xã", its 2019 with two units and no election yet; an open election in KTN's 2019. */
    private void secondBlocAndAnOpenElection() {
        Bloc vx = ws.blocs().addBloc("VX", "Khối Văn xã");
        Season vx2019 = ws.blocs().startYear(vx.id(), 2019);
        ws.blocs().addUnit(vx2019, new UnitDraft("SVHTT", "Sở Văn hóa, Thể thao và Du lịch", null));
        ws.blocs().addUnit(vx2019, new UnitDraft("SYT", "Sở Y tế", null));
        Season ktn2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
        List<Long> candidates = List.of("XD", "TTTT").stream()
                .map(c -> ws.blocs().memberByCode(ktn2019, c).orElseThrow().id()).toList();
        ws.elections().create(ktn2019, new ElectionService.Draft("Bằng khen chuyên đề", 1, ThresholdOperator.GT,
                BigDecimal.valueOf(50), Base.VALID, 3, candidates, null, false));
        session.dataChanged();
    }

    @Test
    void theSamplesYearShowsItsBlocCountsAndTheFourUnitsPutForwardInVietnameseFigures() {
        assertThat(vm.yearProperty().get()).isEqualTo(2019);
        assertThat(vm.years()).as("the sample holds 2020 too (next year's leaders)").containsExactly(2020, 2019);
        assertThat(vm.blocs()).containsExactly(new BlocLine("KTN", "Khối thi đua Kinh tế ngành", 8, 7, 1, 0, 0,
                "Đã kết thúc", true));
        assertThat(vm.titles()).extracting(t -> t.title() + "|" + t.unit() + "|" + t.votes() + "|" + t.percent()
                + "|" + t.state()).containsExactly(
                "Cờ thi đua của Chính phủ|Sở Giao thông Vận tải (GTVT)|6|75,00 %|Được suy tôn",
                "Cờ thi đua của UBND tỉnh|Sở Công Thương (CT)|5|62,50 %|Được suy tôn",
                "Bằng khen của UBND tỉnh|Sở Nông nghiệp và Phát triển nông thôn (NNPTNT)|6|85,71 %|Được suy tôn",
                "Bằng khen của UBND tỉnh|Sở Tài nguyên và Môi trường (TNMT)|5|71,43 %|Được suy tôn");
        assertThat(vm.notClosed()).isEmpty();
        assertThat(vm.notClosedTitleProperty().get()).isEqualTo("Mọi khối đã kết thúc bầu suy tôn.");
        assertThat(vm.summaryProperty().get()).isEqualTo("Năm 2019 · 1 khối · 8 đơn vị · 4 lượt đơn vị được suy tôn");
    }

    @Test
    void blocsThatHaveNotClosedTheirElectionsAreListedWithTheCommandsReason() {
        secondBlocAndAnOpenElection();

        assertThat(vm.blocs()).extracting(BlocLine::code, BlocLine::members, BlocLine::elections)
                .containsExactly(tuple("KTN", 8, "Chưa kết thúc"),
                        tuple("VX", 2, "Chưa có cuộc bầu"));
        assertThat(vm.titles()).contains(new TitleLine("KTN", "Bằng khen chuyên đề", "", "", "",
                "chưa kết thúc kiểm phiếu"));
        assertThat(vm.notClosed()).containsExactly(
                new NotClosed("KTN", "Khối thi đua Kinh tế ngành", "Bằng khen chuyên đề: chưa kết thúc kiểm phiếu"),
                new NotClosed("VX", "Khối Văn xã", "Chưa có cuộc bầu suy tôn nào."));
        assertThat(vm.notClosedTitleProperty().get()).isEqualTo("Khối chưa kết thúc bầu suy tôn (2):");
        assertThat(vm.summaryProperty().get()).startsWith("Năm 2019 · 2 khối · 10 đơn vị");
    }

    @Test
    void anotherYearAndTheWindowsYearAreFollowed() {
        secondBlocAndAnOpenElection();
        ws.blocs().startYear(ws.blocs().requireBloc("VX").id(), 2021);
        session.dataChanged();
        assertThat(vm.years()).containsExactly(2021, 2020, 2019);

        vm.yearProperty().set(2021);
        assertThat(vm.blocs()).extracting(BlocLine::code, BlocLine::elections)
                .containsExactly(tuple("KTN", "Chưa có năm"),
                        tuple("VX", "Chưa có cuộc bầu"));
        assertThat(vm.notClosed()).extracting(NotClosed::reason)
                .containsExactly("chưa có năm 2021", "Chưa có cuộc bầu suy tôn nào.");
        assertThat(vm.titles()).isEmpty();

        // The window's own year chosen: the screen goes with it.
        session.select(ws.blocs().requireBloc("KTN"), ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2020));
        assertThat(vm.yearProperty().get()).isEqualTo(2020);
        assertThat(vm.blocs()).extracting(BlocLine::code, BlocLine::members, BlocLine::elections)
                .containsExactly(tuple("KTN", 8, "Chưa có cuộc bầu"),
                        tuple("VX", 0, "Chưa có năm"));
    }

    @Test
    void excelExportWritesTheCommandsWorkbookAndSaysWhere() throws Exception {
        secondBlocAndAnOpenElection();
        Path out = dir.resolve("bao-cao").resolve("toan-tinh-2019.xlsx");
        assertThat(vm.proposedFile()).isEqualTo(out.toAbsolutePath());

        vm.export(out);

        assertThat(vm.writtenProperty().get()).isEqualTo(out);
        assertThat(session.statusProperty().get()).isEqualTo("Đã ghi " + out + ".");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            DataFormatter f = new DataFormatter();
            Sheet blocs = wb.getSheet("Các khối");
            assertThat(f.formatCellValue(blocs.getRow(2).getCell(0))).isEqualTo("KTN");
            assertThat(f.formatCellValue(blocs.getRow(2).getCell(7))).isEqualTo("Chưa kết thúc");
            assertThat(f.formatCellValue(blocs.getRow(3).getCell(0))).isEqualTo("VX");
            assertThat(blocs.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(f.formatCellValue(blocs.getRow(3).getCell(7))).isEqualTo("Chưa có cuộc bầu");
            Sheet titles = wb.getSheet("Suy tôn");
            assertThat(f.formatCellValue(titles.getRow(3).getCell(5))).isEqualTo("62,50");
            assertThat(titles.getLastRowNum()).isEqualTo(1 + 4 + 1);
        }
    }
}
