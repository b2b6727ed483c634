package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.app.Workspace;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.report.ImportWorkbook;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.TestData;
import vn.thidua.testing.Workbooks;

/** {@code thidua template | export | import}, in-process, on real data files. */
class ImportCommandsTest {

    @TempDir
    Path dir;

    /** The sample's data file and its 2019 exported through the command line, made once for the class. */
    @TempDir
    static Path shared;
    static Path sampleExport;

    @BeforeAll
    static void exportTheSample() {
        String db = shared.resolve("sample.mv.db").toString();
        assertThat(CliRunner.run("--db", db, "sample").code()).isZero();
        sampleExport = shared.resolve("ktn-2019.xlsx");
        CliRunner.Result r = CliRunner.run("--db", db, "export", "--bloc", "ktn", "--year", "2019",
                "--out", sampleExport.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Đã xuất năm 2019 của khối KTN ra " + sampleExport
                + ": 8 đơn vị, 15 tiêu chí, 120 điểm, 11 chỉ tiêu.\n");
    }

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    /** A copy of the sample's data file as this test's: quicker than making the sample again. */
    private void sample() {
        try {
            Files.copy(shared.resolve("sample.mv.db"), dir.resolve("test.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String snapshot() {
        try (Workspace ws = TestData.open(dir)) {
            return DataSnapshot.of(ws);
        }
    }

    @Test
    void templateWritesTheBlankWorkbookWithItsInstructionsAndOpensNoDataFile() throws IOException {
        Path file = dir.resolve("mau nhap.xlsx");
        CliRunner.Result r = run("template", "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Đã ghi tệp mẫu " + file + ". Đọc sheet Hướng dẫn trước khi ghi dữ liệu.\n");
        assertThat(dir.resolve("test.mv.db")).doesNotExist();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = Stream.iterate(0, i -> i < wb.getNumberOfSheets(), i -> i + 1)
                    .map(wb::getSheetName).toList();
            assertThat(names).containsExactly("Hướng dẫn", "Khối", "Đơn vị", "Nhóm tiêu chí", "Bảng tiêu chí",
                    "Mức xếp loại", "Điểm", "Chỉ tiêu", "Căn cứ", "Phương hướng năm sau", "Nhiệm vụ trọng tâm");
            for (String name : names.subList(1, names.size())) {
                Sheet s = wb.getSheet(name);
                Row header = s.getRow(0);
                assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    assertThat(wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold())
                            .as("%s %s", name, header.getCell(c)).isTrue();
                    assertThat(s.getColumnWidth(c)).as("%s width of %s", name, header.getCell(c))
                            .isGreaterThanOrEqualTo(10 * 256);
                }
            }
            assertThat(Workbooks.column(wb.getSheet("Điểm"), "Điểm khối")).isEqualTo(3);
        }
        String instructions = ImportWorkbook.read(file).sheet("Hướng dẫn").orElseThrow().rows().stream()
                .flatMap(row -> row.cells().stream()).filter(c -> c instanceof ImportSheets.Text)
                .map(c -> ((ImportSheets.Text) c).value()).reduce("", (a, b) -> a + "\n" + b);
        for (String sheet : List.of("Khối", "Đơn vị", "Nhóm tiêu chí", "Bảng tiêu chí", "Mức xếp loại", "Điểm",
                "Chỉ tiêu")) {
            assertThat(instructions).contains("Sheet " + sheet);
        }
        assertThat(instructions).contains("  Điểm khối", "  Mỗi tiêu chí đạt từ (% điểm tối đa)", "  Mục Ngày hội nghị",
                "108.500", "16,3", "--replace");
    }

    @Test
    void exportThenImportIntoAnEmptyFileGivesTheSameScoreboardAndTheSameWorkbook() {
        CliRunner.Result imported = run("import", sampleExport.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("""
                Đã tạo khối KTN.
                Đã thêm 8 đơn vị mới: GTVT, CT, NNPTNT, TNMT, XD, KHCN, TTTT, BQLKCN.
                Đã nhập năm 2019 của khối KTN từ %s: 8 đơn vị, 15 tiêu chí, 120 điểm, 11 chỉ tiêu.
                """.formatted(sampleExport));

        String sampleDb = shared.resolve("sample.mv.db").toString();
        String expected = CliRunner.run("--db", sampleDb, "scoreboard", "--bloc", "KTN", "--year", "2019",
                "--format", "csv").out();
        assertThat(run("scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv").out()).isEqualTo(expected)
                .contains("1,GTVT,Sở Giao thông Vận tải,98.00,excellent");
        assertThat(run("scoreboard", "--bloc", "KTN", "--year", "2019").out()).isEqualTo(
                CliRunner.run("--db", sampleDb, "scoreboard", "--bloc", "KTN", "--year", "2019").out());

        Path again = dir.resolve("again.xlsx");
        assertThat(run("export", "--bloc", "KTN", "--year", "2019", "--out", again.toString()).code()).isZero();
        assertThat(ImportWorkbook.read(again)).isEqualTo(ImportWorkbook.read(sampleExport));
    }

    /** The sample's 2019 as a new year 2021 of KTN: a workbook the sample's data file takes as it is. */
    private Path year2021(String name, Consumer<XSSFWorkbook> change) {
        return Workbooks.edit(sampleExport, dir.resolve(name), wb -> {
            Workbooks.setItem(wb, "Năm", 2021);
            Workbooks.setItem(wb, "Ngày hội nghị", null);
            change.accept(wb);
        });
    }

    static Stream<Arguments> badWorkbooks() {
        return Stream.of(
                Arguments.of("missing sheet", (Consumer<XSSFWorkbook>) wb -> wb.removeSheetAt(wb.getSheetIndex("Điểm")),
                        "Thiếu sheet “Điểm”. Tên các sheet phải đúng như tệp mẫu"),
                Arguments.of("wrong header", (Consumer<XSSFWorkbook>) wb -> wb.getSheet("Điểm").getRow(0).getCell(3)
                                .setCellValue("Điểm khối chấm"),
                        "Sheet Điểm, dòng 1: thiếu cột “Điểm khối”. Dòng 1 đang có: Mã đơn vị, Mã tiêu chí, Điểm tự "
                                + "chấm, Điểm khối chấm, Ghi chú."),
                Arguments.of("duplicate unit code", (Consumer<XSSFWorkbook>) wb -> {
                    Workbooks.set(wb, "Đơn vị", 10, "Mã đơn vị", "XD");
                    Workbooks.set(wb, "Đơn vị", 10, "Tên đầy đủ", "Sở Xây dựng (trùng)");
                }, "Sheet Đơn vị, dòng 10, cột Mã đơn vị: mã đơn vị XD đã có ở dòng 6; mỗi đơn vị chỉ một dòng."),
                Arguments.of("unknown unit in scores", (Consumer<XSSFWorkbook>) wb ->
                                Workbooks.set(wb, "Điểm", 7, "Mã đơn vị", "SYT"),
                        "Sheet Điểm, dòng 7, cột Mã đơn vị: không có đơn vị mã SYT ở sheet Đơn vị."),
                Arguments.of("score above max", (Consumer<XSSFWorkbook>) wb -> {
                    int row = Workbooks.rowOf(wb, "Điểm", "Mã tiêu chí", "1.1");
                    Workbooks.set(wb, "Điểm", row, "Điểm khối", 25);
                }, "Sheet Điểm, dòng 2, cột Điểm khối: 25 vượt quá điểm tối đa 20 của tiêu chí 1.1."),
                Arguments.of("unreadable number", (Consumer<XSSFWorkbook>) wb ->
                                Workbooks.set(wb, "Chỉ tiêu", 3, "Kế hoạch", "1,234,567"),
                        "Sheet Chỉ tiêu, dòng 3, cột Kế hoạch: “1,234,567” viết theo kiểu tiếng Anh"),
                Arguments.of("score as a percentage", (Consumer<XSSFWorkbook>) wb ->
                                Workbooks.set(wb, "Điểm", 4, "Điểm tự chấm", "9%"),
                        "Sheet Điểm, dòng 4, cột Điểm tự chấm: 9% là tỷ lệ phần trăm; ở đây cần một số điểm."),
                Arguments.of("uncomputed formula", (Consumer<XSSFWorkbook>) wb -> {
                    // A new cell: one that had a value would keep it as the formula's cached result.
                    Row row = wb.getSheet("Điểm").getRow(4);
                    row.removeCell(row.getCell(3));
                    row.createCell(3).setCellFormula("SUM(C2:C4)");
                },
                        "Sheet Điểm, dòng 5, cột Điểm khối: công thức =SUM(C2:C4) chưa được tính"),
                Arguments.of("unknown kind", (Consumer<XSSFWorkbook>) wb ->
                                Workbooks.set(wb, "Bảng tiêu chí", 15, "Loại", "Điểm cộng"),
                        "Sheet Bảng tiêu chí, dòng 15, cột Loại: loại “Điểm cộng” không hợp lệ"),
                Arguments.of("bands not descending", (Consumer<XSSFWorkbook>) wb ->
                                Workbooks.set(wb, "Mức xếp loại", 3, "Tổng điểm từ", 95),
                        "Sheet Mức xếp loại, dòng 3, cột Tổng điểm từ: tổng điểm tối thiểu của mức này phải thấp hơn "
                                + "của mức trên."),
                Arguments.of("head who is not a unit", (Consumer<XSSFWorkbook>) wb -> Workbooks.setItem(wb,
                                "Trưởng khối", "SYT"),
                        "Sheet Khối, dòng 8, cột Giá trị: không có đơn vị mã SYT ở sheet Đơn vị."),
                Arguments.of("year out of range", (Consumer<XSSFWorkbook>) wb -> Workbooks.setItem(wb, "Năm", 1999),
                        "Sheet Khối, dòng 4, cột Giá trị: năm 1999 phải trong khoảng 2000–2100."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWorkbooks")
    void aBadWorkbookExitsTwoNamingSheetRowAndColumnAndChangesNothing(String kind, Consumer<XSSFWorkbook> change,
                                                                      String expected) {
        sample();
        Path file = year2021("bad.xlsx", change);
        String before = snapshot();

        CliRunner.Result r = run("import", file.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Lỗi: Không nhập tệp " + file + ": có ")
                .contains("dữ liệu không thay đổi gì", expected)
                .doesNotContain("Exception", "\tat ", "import.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theGoodWorkbookOfTheBadCasesImports() {
        sample();
        CliRunner.Result r = run("import", year2021("good.xlsx", wb -> { }).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Đã nhập năm 2021 của khối KTN từ " + dir.resolve("good.xlsx")
                + ": 8 đơn vị, 15 tiêu chí, 120 điểm, 11 chỉ tiêu.\n");
    }

    @Test
    void aFileThatIsNoWorkbookOrIsMissingExitsTwo() throws IOException {
        sample();
        String before = snapshot();
        Path noise = dir.resolve("khong-phai-excel.xlsx");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(noise, bytes);
        CliRunner.Result r = run("import", noise.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Lỗi: Không đọc được tệp " + noise + " như một bảng tính Excel. Hãy mở tệp bằng "
                + "Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập lại (tệp mẫu: thidua template).\n");

        Path truncated = dir.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(sampleExport);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertThat(run("import", truncated.toString()).err()).contains("Không đọc được tệp " + truncated);

        CliRunner.Result missing = run("import", dir.resolve("khong-co.xlsx").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("Lỗi: Không có tệp " + dir.resolve("khong-co.xlsx") + ".\n");

        CliRunner.Result usage = run("import");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Thiếu tham số bắt buộc: F.xlsx");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void replaceReplacesAYearWithoutElectionsAndRefusesOneWithElections() {
        sample();
        Path as2020 = Workbooks.edit(sampleExport, dir.resolve("ktn-2020.xlsx"), wb -> Workbooks.setItem(wb, "Năm", 2020));
        String before = snapshot();

        CliRunner.Result exists = run("import", as2020.toString());
        assertThat(exists.code()).isEqualTo(2);
        assertThat(exists.err()).contains("Khối KTN đã có năm 2020; dữ liệu không thay đổi.", "chạy lại với --replace");
        assertThat(snapshot()).isEqualTo(before);

        CliRunner.Result elections = run("import", sampleExport.toString(), "--replace");
        assertThat(elections.code()).isEqualTo(2);
        assertThat(elections.err()).contains("Năm 2019 của khối KTN đã có 3 cuộc bầu suy tôn nên không được thay");
        assertThat(snapshot()).isEqualTo(before);

        String tally = run("tally", "--election", "1", "--format", "csv").out();
        CliRunner.Result replaced = run("import", as2020.toString(), "--replace");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(replaced.out()).isEqualTo("Đã thay dữ liệu năm 2020 của khối KTN bằng " + as2020
                + ": 8 đơn vị, 15 tiêu chí, 120 điểm, 11 chỉ tiêu. Các cuộc bầu và phiếu bầu không bị động đến.\n");
        String board2019 = run("scoreboard", "--bloc", "KTN", "--year", "2019", "--format", "csv").out();
        assertThat(run("scoreboard", "--bloc", "KTN", "--year", "2020", "--format", "csv").out()).isEqualTo(board2019);
        assertThat(run("tally", "--election", "1", "--format", "csv").out()).isEqualTo(tally);
        assertThat(run("verify", "--election", "1").code()).isZero();
    }

    @Test
    void exportOfAYearThatIsNotThereExitsTwo() {
        sample();
        CliRunner.Result r = run("export", "--bloc", "KTN", "--year", "2018", "--out", dir.resolve("x.xlsx").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Khối KTN chưa có năm 2018.");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
        CliRunner.Result folder = run("export", "--bloc", "KTN", "--year", "2019", "--out", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains(dir + " là một thư mục");
    }
}
