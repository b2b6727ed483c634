package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.ConferenceDetails;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.YearTexts;
import vn.thidua.domain.scoring.ScoreboardRow;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.report.ImportWorkbook;
import vn.thidua.report.PoiImportFiles;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.TestData;
import vn.thidua.testing.Workbooks;

/** The import workbook's use cases on real data files: export, import, round trip, refusals. */
class ImportServiceTest {

    private static final Texts VI = Texts.vietnamese();

    @TempDir
    Path dir;

    /** The sample's 2019 exported once for the class: making the sample is the slow part. */
    @TempDir
    static Path shared;
    private static Path sampleExport;

    @org.junit.jupiter.api.BeforeAll
    static void exportTheSampleOnce() {
        sampleExport = shared.resolve("ktn-2019.xlsx");
        try (Workspace ws = TestData.openSample(shared.resolve("sample"))) {
            ws.imports().export("KTN", 2019, sampleExport);
        }
    }

    /** The scoreboard as a person reads it: code, name, total, rank, class, provisional, why not higher. */
    static List<String> board(Workspace ws, String bloc, int year) {
        Season s = ws.blocs().requireSeason(ws.blocs().requireBloc(bloc), year);
        ScoringService.ScoreboardData data = ws.scoring().scoreboard(s);
        Map<Long, Unit> units = data.members().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return data.rows().stream().map(r -> units.get(r.unitId()).code() + "|" + r.unitName() + "|"
                + r.total().stripTrailingZeros().toPlainString() + "|" + r.rank() + "|" + r.classification() + "|"
                + r.provisional() + "|" + r.criteriaBelowMinimum()).toList();
    }

    private Path exportSample(String name) {
        Path file = dir.resolve(name);
        try {
            Files.copy(sampleExport, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void exportThenImportIntoAnEmptyFileGivesTheSameScoreboardAndTheSameWorkbook() {
        List<String> before;
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            before = board(ws, "KTN", 2019);
        }
        Path first = exportSample("ktn-2019.xlsx");

        Path second = dir.resolve("again.xlsx");
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            ImportService.Imported r = ws.imports().importFile(first, false);
            assertThat(r.blocCreated()).isTrue();
            assertThat(r.unitsCreated()).containsExactly("GTVT", "CT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT", "BQLKCN");
            assertThat(r.replaced()).isFalse();
            assertThat(List.of(r.units(), r.criteria(), r.scores(), r.indicators())).containsExactly(8, 15, 120, 11);
            assertThat(board(ws, "KTN", 2019)).isEqualTo(before);
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            assertThat(ws.blocs().conferenceDetails(y)).as("the sample's signer travels in the workbook")
                    .isEqualTo(new ConferenceDetails(LocalDate.of(2019, 12, 11), "", "UBND TỈNH", "", List.of(),
                            "Đặng Trọng Thắng"));
            assertThat(ws.blocs().memberByCode(y, "GTVT").map(Unit::id)).contains(y.headUnitId());
            assertThat(ws.blocs().memberByCode(y, "CT").map(Unit::id)).contains(y.deputyUnitId());
            assertThat(ws.audit().entries(1).get(0).action()).isEqualTo("year.import");
            ws.imports().export("KTN", 2019, second);
        }
        ImportSheets a = ImportWorkbook.read(first);
        ImportSheets b = ImportWorkbook.read(second);
        assertThat(b.sheets()).extracting(ImportSheets.Sheet::name).containsExactly("Hướng dẫn", "Khối", "Đơn vị",
                "Nhóm tiêu chí", "Bảng tiêu chí", "Mức xếp loại", "Điểm", "Chỉ tiêu", "Căn cứ", "Phương hướng năm sau",
                "Nhiệm vụ trọng tâm");
        for (int i = 0; i < a.sheets().size(); i++) {
            assertThat(b.sheets().get(i)).as("sheet %s", a.sheets().get(i).name()).isEqualTo(a.sheets().get(i));
        }
    }

    @Test
    void theExportHoldsTheSampleAsTyped() {
        ImportSheets s = ImportWorkbook.read(exportSample("ktn.xlsx"));
        ImportSheets.Sheet scores = s.sheet("Điểm").orElseThrow();
        assertThat(scores.header()).containsExactly(new ImportSheets.Text("Mã đơn vị"), new ImportSheets.Text("Mã tiêu chí"),
                new ImportSheets.Text("Điểm tự chấm"), new ImportSheets.Text("Điểm khối"), new ImportSheets.Text("Ghi chú"));
        assertThat(scores.rows().get(0).cells()).containsExactly(new ImportSheets.Text("GTVT"),
                new ImportSheets.Text("1.1"), new ImportSheets.Number(new BigDecimal("19.5"), false),
                new ImportSheets.Number(new BigDecimal("19.5"), false), new ImportSheets.Text("Điểm minh họa"));
        ImportSheets.Sheet bloc = s.sheet("Khối").orElseThrow();
        assertThat(bloc.rows().get(2).cells().subList(0, 2)).containsExactly(new ImportSheets.Text("Năm"),
                new ImportSheets.Number(new BigDecimal("2019"), false));
        assertThat(bloc.rows().get(3).cells().subList(0, 2)).containsExactly(new ImportSheets.Text("Ngày hội nghị"),
                new ImportSheets.Date(LocalDate.of(2019, 12, 11)));
    }

    @Test
    void aBadWorkbookIsRefusedWholeWithEveryProblemAndNothingChanges() {
        Path good = exportSample("ktn.xlsx");
        Path bad = Workbooks.edit(good, dir.resolve("bad.xlsx"), wb -> {
            Workbooks.setItem(wb, "Năm", 2021);
            Workbooks.setItem(wb, "Ngày hội nghị", LocalDate.of(2021, 12, 10));
            Workbooks.set(wb, "Điểm", 2, "Điểm khối", 25);
            Workbooks.set(wb, "Điểm", 3, "Điểm tự chấm", "chín");
            Workbooks.set(wb, "Đơn vị", 10, "Mã đơn vị", "gtvt");
            Workbooks.set(wb, "Đơn vị", 10, "Tên đầy đủ", "Sở Giao thông");
        });
        try (Workspace ws = TestData.openSample(dir.resolve("target"))) {
            String before = DataSnapshot.of(ws);
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> ws.imports().importFile(bad, false));
            List<String> said = e.problems().stream().map(VI::t).toList();
            assertThat(said).containsExactly(
                    "Không nhập tệp " + bad + ": có 3 lỗi; dữ liệu không thay đổi gì. Sửa các lỗi dưới đây rồi nhập lại.",
                    "Sheet Đơn vị, dòng 10, cột Mã đơn vị: mã đơn vị GTVT đã có ở dòng 2; mỗi đơn vị chỉ một dòng.",
                    "Sheet Điểm, dòng 2, cột Điểm khối: 25 vượt quá điểm tối đa 20 của tiêu chí 1.1.",
                    "Sheet Điểm, dòng 3, cột Điểm tự chấm: không đọc được “chín” là một số; hãy viết như 108.500 hoặc 16,3.");
            assertThat(DataSnapshot.of(ws)).isEqualTo(before);
        }
    }

    @Test
    void vietnameseNumbersWrittenAsTextAreRead() {
        Path good = exportSample("ktn.xlsx");
        Path typed = Workbooks.edit(good, dir.resolve("typed.xlsx"), wb -> {
            Workbooks.set(wb, "Điểm", 2, "Điểm khối", "19,5");
            Workbooks.set(wb, "Chỉ tiêu", 2, "Thực hiện", "108.500");
            Workbooks.set(wb, "Chỉ tiêu", 2, "Kế hoạch", "1.234,5");
            Workbooks.set(wb, "Mức xếp loại", 2, "Mỗi tiêu chí đạt từ (% điểm tối đa)", "85%");
            Workbooks.setItem(wb, "Ngày hội nghị", "11/12/2019");
            Workbooks.setItem(wb, "Năm", "2019");
        });
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            ws.imports().importFile(typed, false);
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            var first = ws.scoring().indicators(y).get(0);
            assertThat(first.actual()).isEqualByComparingTo("108500");
            assertThat(first.plan()).isEqualByComparingTo("1234.5");
            assertThat(ws.scoring().bands(y).excellent().minCriterionPercent()).isEqualByComparingTo("85");
            assertThat(ws.blocs().conferenceDetails(y).date()).isEqualTo(LocalDate.of(2019, 12, 11));
        }
    }

    @Test
    void aYearThatExistsIsRefusedThenReplacedWithReplaceAndElectionsOfOtherYearsStayAsTheyWere() {
        Path y2020 = Workbooks.edit(exportSample("ktn.xlsx"), dir.resolve("ktn-2020.xlsx"),
                wb -> Workbooks.setItem(wb, "Năm", 2020));
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            Bloc ktn = ws.blocs().requireBloc("KTN");
            List<String> board2019 = board(ws, "KTN", 2019);
            String before = DataSnapshot.of(ws);
            ValidationException refused = catchThrowableOfType(ValidationException.class,
                    () -> ws.imports().importFile(y2020, false));
            assertThat(refused.problems()).extracting(VI::t).last().asString()
                    .startsWith("Khối KTN đã có năm 2020; dữ liệu không thay đổi.").contains("--replace");
            assertThat(DataSnapshot.of(ws)).isEqualTo(before);

            var elections = ws.elections().elections(ws.blocs().requireSeason(ktn, 2019));
            var ballots = elections.stream().map(e -> ws.elections().ballots(e.id())).toList();
            ImportService.Imported r = ws.imports().importFile(y2020, true);
            assertThat(r.replaced()).isTrue();
            assertThat(r.unitsCreated()).isEmpty();
            assertThat(board(ws, "KTN", 2020)).isEqualTo(board2019);
            assertThat(board(ws, "KTN", 2019)).isEqualTo(board2019);
            assertThat(ws.elections().elections(ws.blocs().requireSeason(ktn, 2019))).isEqualTo(elections);
            assertThat(elections.stream().map(e -> ws.elections().ballots(e.id())).toList()).isEqualTo(ballots);
            assertThat(elections).allSatisfy(e -> assertThat(ws.elections().verify(e.id())).isTrue());
            assertThat(ws.audit().entries(1).get(0).action()).isEqualTo("year.replace");
        }
    }

    @Test
    void aYearWithElectionsIsNeverReplaced() {
        Path file = exportSample("ktn.xlsx");
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            String before = DataSnapshot.of(ws);
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> ws.imports().importFile(file, true));
            assertThat(e.problems()).hasSize(2);
            assertThat(VI.t(e.problems().get(1))).startsWith("Năm 2019 của khối KTN đã có 3 cuộc bầu suy tôn nên không "
                    + "được thay bằng tệp nhập");
            assertThat(DataSnapshot.of(ws)).isEqualTo(before);
        }
    }

    @Test
    void anExistingBlocGetsTheYearAndOnlyTheUnitsItLacks() {
        Path file = Workbooks.edit(exportSample("ktn.xlsx"), dir.resolve("ktn-2021.xlsx"), wb -> {
            Workbooks.setItem(wb, "Năm", 2021);
            Workbooks.setItem(wb, "Ngày hội nghị", null);
            Workbooks.setItem(wb, "Tên khối", "Khối Kinh tế");
            Workbooks.set(wb, "Đơn vị", 10, "Mã đơn vị", "skhdt");
            Workbooks.set(wb, "Đơn vị", 10, "Tên đầy đủ", "Sở Kế hoạch và Đầu tư");
            Workbooks.set(wb, "Đơn vị", 2, "Tên đầy đủ", "Sở GTVT tỉnh");
        });
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            ImportService.Imported r = ws.imports().importFile(file, false);
            assertThat(r.blocCreated()).isFalse();
            assertThat(r.unitsCreated()).containsExactly("SKHDT");
            assertThat(r.notes()).extracting(n -> VI.t(n.key(), n.args().toArray())).containsExactly(
                    "Khối KTN đã có với tên “Khối thi đua Kinh tế ngành”; giữ tên đã lưu (tệp ghi “Khối Kinh tế”).",
                    "Từ năm 2021, đơn vị GTVT mang tên “Sở GTVT tỉnh” theo tệp (trước đó: “Sở Giao thông Vận tải”).");
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2021);
            assertThat(ws.blocs().members(y)).hasSize(9);
            // Issue 16: the file's names are those of its year, and of that year only on.
            assertThat(ws.blocs().memberByCode(y, "GTVT").orElseThrow().fullName()).isEqualTo("Sở GTVT tỉnh");
            Season y2019 = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            assertThat(ws.blocs().memberByCode(y2019, "GTVT").orElseThrow().fullName()).isEqualTo("Sở Giao thông Vận tải");
            assertThat(ws.blocs().conferenceDetails(y).date()).isNull();
            assertThat(ws.blocs().requireBloc("KTN").name()).isEqualTo("Khối thi đua Kinh tế ngành");
        }
    }

    @Test
    void aHeadWhoIsNoLongerActiveIsRefused() {
        Path file = Workbooks.edit(exportSample("ktn.xlsx"), dir.resolve("inactive.xlsx"),
                wb -> Workbooks.set(wb, "Đơn vị", 2, "Còn hoạt động", "không"));
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> ws.imports().importFile(file, false));
            assertThat(e.problems()).extracting(VI::t).containsExactly(VI.t(e.problems().get(0)),
                    "Sheet Khối, dòng 8, cột Giá trị: đơn vị GTVT không còn hoạt động nên không thể làm Trưởng/Phó khối.");
            assertThat(ws.blocs().blocs()).isEmpty();
        }
    }

    /**
     * The Căn cứ lines, the next-year prose and the key tasks go out with export and come back with
     * import; a workbook without their sheets leaves them as stored; an empty Căn cứ sheet means the
     * shipped lines.
     */
    @Test
    void theYearsTextsMakeTheRoundTripAndAMissingSheetKeepsWhatIsStored() {
        YearTexts texts = new YearTexts(List.of("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh", "Quy chế hoạt động của Khối thi đua Kinh "
                        + "tế ngành"), List.of("Năm 2020, khối tiếp tục đẩy mạnh phong trào thi đua.",
                "Các đơn vị tập trung thực hiện các nhiệm vụ sau."), List.of("Đẩy mạnh cải cách hành chính",
                "Nâng cao chất lượng công tác thi đua, khen thưởng", "Tổ chức tốt hội nghị tổng kết"));
        Path file = dir.resolve("texts.xlsx");
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            ws.blocs().setYearTexts(y, texts);
            ws.imports().export("KTN", 2019, file);
        }
        ImportSheets written = ImportWorkbook.read(file);
        assertThat(written.sheet("Nhiệm vụ trọng tâm").orElseThrow().rows()).extracting(r -> r.cell(0))
                .containsExactly(new ImportSheets.Text("Đẩy mạnh cải cách hành chính"),
                        new ImportSheets.Text("Nâng cao chất lượng công tác thi đua, khen thưởng"),
                        new ImportSheets.Text("Tổ chức tốt hội nghị tổng kết"));
        Path withoutSheets = Workbooks.edit(file, dir.resolve("no-texts.xlsx"), wb -> {
            for (String name : List.of("Căn cứ", "Phương hướng năm sau", "Nhiệm vụ trọng tâm")) {
                wb.removeSheetAt(wb.getSheetIndex(name));
            }
        });
        Path emptyBasis = Workbooks.edit(file, dir.resolve("empty-basis.xlsx"), wb -> {
            var sheet = wb.getSheet("Căn cứ");
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                sheet.removeRow(sheet.getRow(r));
            }
        });
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            ws.imports().importFile(file, false);
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            assertThat(ws.blocs().yearTexts(y)).isEqualTo(texts);

            ws.imports().importFile(withoutSheets, true);
            assertThat(ws.blocs().yearTexts(y)).as("no sheets: kept as stored").isEqualTo(texts);

            ws.imports().importFile(emptyBasis, true);
            assertThat(ws.blocs().yearTexts(y)).as("an empty Căn cứ sheet: the shipped lines")
                    .isEqualTo(new YearTexts(List.of(), texts.plans(), texts.tasks()));
        }
        try (Workspace ws = TestData.open(dir.resolve("new"))) {
            ws.imports().importFile(withoutSheets, false);
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            assertThat(ws.blocs().yearTexts(y)).as("a new year without the sheets: the defaults")
                    .isEqualTo(YearTexts.NONE);
        }
    }

    @Test
    void aBadLineOfTheTextSheetsRefusesTheFileAndChangesNothing() {
        Path bad = Workbooks.edit(exportSample("ktn.xlsx"), dir.resolve("bad-texts.xlsx"), wb -> {
            Workbooks.set(wb, "Căn cứ", 2, "Nội dung", "Luật Thi đua, khen thưởng");
            Workbooks.set(wb, "Căn cứ", 3, "Nội dung", "x".repeat(1200));
            Workbooks.set(wb, "Nhiệm vụ trọng tâm", 2, "Nội dung", "Cải cách hành chính");
            wb.getSheet("Nhiệm vụ trọng tâm").getRow(2 - 1).createCell(0).setCellFormula("1/0");
        });
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            String before = DataSnapshot.of(ws);
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> ws.imports().importFile(bad, false));
            assertThat(e.problems()).extracting(VI::t).containsExactly(VI.t(e.problems().get(0)),
                    "Sheet Căn cứ, dòng 3, cột Nội dung: dài quá 1000 ký tự (đang có 1200).",
                    "Sheet Nhiệm vụ trọng tâm, dòng 2, cột Nội dung: công thức =1/0 chưa được tính; hãy mở tệp bằng Excel, "
                            + "lưu lại rồi nhập lại, hoặc gõ giá trị.");
            assertThat(DataSnapshot.of(ws)).isEqualTo(before);
        }
    }

    @Test
    void theTemplateIsTheLayoutWithNothingToImport() {
        Path file = dir.resolve("mau.xlsx");
        ImportService.writeTemplate(new PoiImportFiles(), file);
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            String before = DataSnapshot.of(ws);
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> ws.imports().importFile(file, false));
            assertThat(e.problems()).extracting(VI::t).contains(
                    "Sheet Khối, dòng 2, cột Giá trị: ô này không được để trống.",
                    "Sheet Khối, dòng 4, cột Giá trị: ô này không được để trống.",
                    "Sheet Đơn vị: chưa có đơn vị nào; năm thi đua cần ít nhất một đơn vị thành viên.");
            assertThat(DataSnapshot.of(ws)).isEqualTo(before);
        }
    }

    @Test
    void aBlocWorkbookOpenedOnceIsImportedFromThatReadWithoutOpeningTheFileAgain() throws Exception {
        List<String> before;
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            before = board(ws, "KTN", 2019);
        }
        Path file = exportSample("ktn-2019.xlsx");
        try (Workspace ws = TestData.open(dir.resolve("empty"))) {
            ImportService.Opened opened = ws.imports().open(file);
            Files.delete(file);
            assertThat(opened.isReturn()).isFalse();
            assertThat(ws.imports().planReturn(opened)).isEmpty();
            ImportService.Imported r = ws.imports().importFile(opened, false);
            assertThat(r.blocCode()).isEqualTo("KTN");
            assertThat(board(ws, "KTN", 2019)).isEqualTo(before);
            assertThat(catchThrowableOfType(() -> ws.imports().importFile(file, false), AppException.class).key())
                    .as("the file is gone: only the read made before could be imported")
                    .isEqualTo("import.file.missing");
        }
    }

    @Test
    void aUnitReturnOpenedOnceIsPlannedFromThatReadWithTheFingerprintOfTheBytesRead() throws Exception {
        try (Workspace ws = TestData.openSample(dir.resolve("sample"))) {
            Path file = dir.resolve("ct.xlsx");
            ws.imports().writeReturn("KTN", 2019, "CT", file);
            byte[] bytes = Files.readAllBytes(file);
            ImportService.Opened opened = ws.imports().open(file);
            Files.write(file, "không còn là bảng tính".getBytes(StandardCharsets.UTF_8));
            assertThat(opened.isReturn()).isTrue();
            ImportService.ReturnPlan plan = ws.imports().planReturn(opened).orElseThrow();
            assertThat(plan.unit().code()).isEqualTo("CT");
            assertThat(plan.fingerprint()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(catchThrowableOfType(() -> ws.imports().importFile(opened, false), AppException.class).key())
                    .isEqualTo("import.return.notBloc");
        }
    }
}
