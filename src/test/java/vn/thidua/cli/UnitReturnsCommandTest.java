package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.ThiDua;
import vn.thidua.app.ImportService;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.report.ImportWorkbook;
import vn.thidua.testing.Backend;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.Workbooks;

/**
 * Issue 16, item 5: each unit's own return, made with {@code thidua template --unit}, filled in Excel (POI
 * here) and taken back with {@code thidua import}, on real data files.
 */
class UnitReturnsCommandTest {

    static final List<String> UNITS = List.of("GTVT", "CT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT", "BQLKCN");
    private static final DataFormatter SHOWN = new DataFormatter();

    @TempDir
    static Path shared;
    /** The sample's 2019 as a bloc workbook imported without any self score or indicator. */
    static Path emptyYear;
    /** That bloc workbook, to make the same year on a server. */
    static Path blankYear;
    /** The sample's self scores: unit code → criterion code → points (null: none). */
    static Map<String, Map<String, BigDecimal>> sampleSelf = new LinkedHashMap<>();
    /** The sample's indicators by unit code. */
    static Map<String, List<Indicator>> sampleIndicators = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void sampleAndAYearWithoutSelfScores() {
        String sample = shared.resolve("sample.mv.db").toString();
        assertThat(CliRunner.run("--db", sample, "sample").code()).isZero();
        Path export = shared.resolve("ktn.xlsx");
        assertThat(CliRunner.run("--db", sample, "export", "--bloc", "KTN", "--year", "2019", "--out",
                export.toString()).code()).isZero();
        try (Workspace ws = ThiDua.open(Path.of(sample))) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            for (Unit u : ws.blocs().members(y)) {
                Map<String, BigDecimal> self = new LinkedHashMap<>();
                for (Criterion c : ws.scoring().table(y).criteria()) {
                    self.put(c.code(), ws.scoring().scores(y).stream()
                            .filter(s -> s.unitId() == u.id() && s.criterionId() == c.id()).findFirst()
                            .map(Score::self).orElse(null));
                }
                sampleSelf.put(u.code(), self);
                sampleIndicators.put(u.code(), ws.scoring().indicators(y, u.id()));
            }
        }
        Path blank = Workbooks.edit(export, shared.resolve("no-self.xlsx"), wb -> {
            Sheet scores = wb.getSheet("Điểm");
            int self = Workbooks.column(scores, "Điểm tự chấm");
            for (int r = 1; r <= scores.getLastRowNum(); r++) {
                scores.getRow(r).getCell(self).setBlank();
            }
            Sheet indicators = wb.getSheet("Chỉ tiêu");
            for (int r = indicators.getLastRowNum(); r >= 1; r--) {
                indicators.removeRow(indicators.getRow(r));
            }
        });
        blankYear = blank;
        emptyYear = shared.resolve("empty-year.mv.db");
        CliRunner.Result r = CliRunner.run("--db", emptyYear.toString(), "import", blank.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** Where the test's data is: an H2 file in its folder or a database on the tests' PostgreSQL server. */
    private String location;

    private String db() {
        return location;
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    /** The sample's 2019 without self scores or indicators, on {@code backend}. */
    private void emptyYearOn(Backend backend) {
        if (backend == Backend.H2) {
            try {
                Files.copy(emptyYear, dir.resolve("test.mv.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            location = dir.resolve("test.mv.db").toString();
            return;
        }
        location = backend.newLocation(dir, "returns");
        CliRunner.Result r = run("import", blankYear.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private Path template(String unit) {
        Path out = dir.resolve(unit + "-2019.xlsx");
        CliRunner.Result r = run("template", "--bloc", "KTN", "--year", "2019", "--unit", unit, "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return out;
    }

    /** Writes the sample's self scores and indicators of {@code unit} into its return, as the unit would in Excel. */
    static Path fill(Path ret, Path to, String unit) {
        return Workbooks.edit(ret, to, wb -> {
            Sheet scores = wb.getSheet("Điểm");
            int code = Workbooks.column(scores, "Mã tiêu chí");
            for (int r = 1; r <= scores.getLastRowNum(); r++) {
                Row row = scores.getRow(r);
                BigDecimal points = sampleSelf.get(unit).get(SHOWN.formatCellValue(row.getCell(code)));
                Workbooks.set(wb, "Điểm", r + 1, "Điểm tự chấm", points);
            }
            Sheet ind = wb.getSheet("Chỉ tiêu");
            for (int r = ind.getLastRowNum(); r >= 1; r--) {
                if (ind.getRow(r) != null) {
                    ind.removeRow(ind.getRow(r));
                }
            }
            int n = 2;
            for (Indicator i : sampleIndicators.get(unit)) {
                Workbooks.set(wb, "Chỉ tiêu", n, "Mã đơn vị", unit);
                Workbooks.set(wb, "Chỉ tiêu", n, "Tên chỉ tiêu", i.name());
                Workbooks.set(wb, "Chỉ tiêu", n, "Đơn vị tính", i.measureUnit());
                Workbooks.set(wb, "Chỉ tiêu", n, "Kế hoạch", i.plan());
                Workbooks.set(wb, "Chỉ tiêu", n, "Thực hiện", i.actual());
                Workbooks.set(wb, "Chỉ tiêu", n, "Cùng kỳ năm trước", i.previousYear());
                Workbooks.set(wb, "Chỉ tiêu", n, "Ghi chú", i.note().isEmpty() ? null : i.note());
                n++;
            }
        });
    }

    /** Every score (self and bloc) and indicator of every member, unit by unit, as a person would list them. */
    private Map<String, String> values() {
        try (Workspace ws = Backend.open(location)) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            Map<Long, String> codes = new TreeMap<>();
            Map<String, String> out = new LinkedHashMap<>();
            for (Criterion c : ws.scoring().table(y).criteria()) {
                codes.put(c.id(), c.code());
            }
            for (Unit u : ws.blocs().members(y)) {
                List<String> lines = new ArrayList<>();
                ws.scoring().scores(y).stream().filter(s -> s.unitId() == u.id()).forEach(s -> lines.add(
                        codes.get(s.criterionId()) + ":" + plain(s.self()) + "/" + plain(s.bloc()) + "/" + s.note()));
                ws.scoring().indicators(y, u.id()).forEach(i -> lines.add(i.name() + "|" + i.measureUnit() + "|"
                        + plain(i.plan()) + "|" + plain(i.actual()) + "|" + plain(i.previousYear()) + "|" + i.note()));
                out.put(u.code(), String.join("\n", lines));
            }
            out.put("(table)", ws.scoring().table(y).toString());
            return out;
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    private String snapshot() {
        try (Workspace ws = Backend.open(location)) {
            return DataSnapshot.of(ws);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eightReturnsMadeByTemplateFilledAndImportedGiveTheSampleSelfScoresAndNeverChangeAnotherUnit(Backend backend) {
        emptyYearOn(backend);
        Map<String, String> start = values();
        for (String unit : UNITS) {
            Path filled = fill(template(unit), dir.resolve(unit + "-filled.xlsx"), unit);
            Map<String, String> before = values();
            CliRunner.Result r = run("import", filled.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Đã nhận tệp của ").contains("(" + unit + "), khối KTN năm 2019");
            Map<String, String> after = values();
            for (String other : before.keySet()) {
                if (!other.equals(unit)) {
                    assertThat(after.get(other)).as("%s after %s's return", other, unit).isEqualTo(before.get(other));
                }
            }
            assertThat(after.get(unit)).as("%s's return changed it", unit).isNotEqualTo(before.get(unit));
        }
        try (Workspace ws = Backend.open(location)) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            int compared = 0;
            for (Unit u : ws.blocs().members(y)) {
                for (Criterion c : ws.scoring().table(y).criteria()) {
                    BigDecimal self = ws.scoring().scores(y).stream()
                            .filter(s -> s.unitId() == u.id() && s.criterionId() == c.id()).findFirst()
                            .map(Score::self).orElse(null);
                    BigDecimal expected = sampleSelf.get(u.code()).get(c.code());
                    assertThat(plain(self)).as("%s %s", u.code(), c.code()).isEqualTo(plain(expected));
                    compared++;
                }
                assertThat(ws.scoring().indicators(y, u.id())).extracting(i -> i.name() + "|" + i.measureUnit() + "|"
                        + plain(i.plan()) + "|" + plain(i.actual()) + "|" + plain(i.previousYear()))
                        .as(u.code()).containsExactlyElementsOf(sampleIndicators.get(u.code()).stream()
                                .map(i -> i.name() + "|" + i.measureUnit() + "|" + plain(i.plan()) + "|"
                                        + plain(i.actual()) + "|" + plain(i.previousYear())).toList());
            }
            assertThat(compared).isEqualTo(8 * 15);
            List<ImportService.Received> received = ws.imports().received(y);
            assertThat(received).extracting(r -> r.unit().code()).containsExactlyElementsOf(UNITS);
            assertThat(received).allSatisfy(r -> {
                assertThat(r.count()).isEqualTo(1);
                assertThat(r.fingerprint()).hasSize(64);
                assertThat(r.fileName()).isEqualTo(r.unit().code() + "-filled.xlsx");
            });
            assertThat(ws.audit().entries(1).get(0).action()).isEqualTo("return.import");
        }
        Map<String, String> end = values();
        assertThat(end.get("(table)")).as("the scoring table").isEqualTo(start.get("(table)"));
        // The bloc scores the sample agreed are all still there.
        for (String unit : UNITS) {
            assertThat(end.get(unit).lines().filter(l -> l.contains(":")).map(l -> l.split("/")[1]).toList())
                    .doesNotContain("-");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theReturnWorkbookHasTheBlocSheetsWithTheUnitRowEmptySelfScoresAndNoBlocScores(Backend backend) {
        emptyYearOn(backend);
        ImportSheets s = ImportWorkbook.read(template("CT"));
        assertThat(s.sheets()).extracting(ImportSheets.Sheet::name).startsWith("Hướng dẫn", "Khối", "Đơn vị",
                "Nhóm tiêu chí", "Bảng tiêu chí", "Mức xếp loại", "Điểm", "Chỉ tiêu");
        ImportSheets.Sheet bloc = s.sheet("Khối").orElseThrow();
        assertThat(bloc.rows()).extracting(r -> r.cells().get(0)).containsExactly(new ImportSheets.Text("Mã khối"),
                new ImportSheets.Text("Tên khối"), new ImportSheets.Text("Năm"), new ImportSheets.Text("Đơn vị"));
        assertThat(bloc.rows().get(3).cells().get(1)).isEqualTo(new ImportSheets.Text("CT \u2013 Sở Công Thương"));
        ImportSheets.Sheet scores = s.sheet("Điểm").orElseThrow();
        assertThat(scores.rows()).hasSize(15).allSatisfy(r -> {
            assertThat(r.cells().get(0)).isEqualTo(new ImportSheets.Text("CT"));
            assertThat(r.cells()).hasSize(2); // self score, bloc score and note empty
        });
        assertThat(s.sheet("Bảng tiêu chí").orElseThrow().rows()).hasSize(15);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnknownUnitIsRefusedInVietnamese(Backend backend) {
        emptyYearOn(backend);
        CliRunner.Result r = run("template", "--bloc", "KTN", "--year", "2019", "--unit", "XYZ", "--out",
                dir.resolve("x.xlsx").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Không có đơn vị mã XYZ trong các đơn vị thành viên năm 2019 của khối KTN")
                .contains("GTVT, CT");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBlocScoreInAUnitsReturnIsRefusedNamingTheCellAndNothingChanges(Backend backend) {
        emptyYearOn(backend);
        Path ret = fill(template("CT"), dir.resolve("ct.xlsx"), "CT");
        Path bad = Workbooks.edit(ret, dir.resolve("ct-bloc.xlsx"), wb -> Workbooks.set(wb, "Điểm", 4, "Điểm khối", 9));
        String before = snapshot();
        CliRunner.Result r = run("import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Không nhập tệp " + bad + ": có 1 lỗi")
                .contains("Sheet Điểm, dòng 4, cột Điểm khối: tệp của đơn vị không được ghi điểm khối (9)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSecondReturnListsWhatItWouldChangeAndChangesNothingWithoutReplaceAndAppliesItWithReplace(Backend backend) {
        emptyYearOn(backend);
        Path first = fill(template("CT"), dir.resolve("ct.xlsx"), "CT");
        assertThat(run("import", first.toString()).code()).isZero();
        String firstSelf = plain(sampleSelf.get("CT").get("1.1"));
        Indicator kept = sampleIndicators.get("CT").get(0);
        Path second = Workbooks.edit(first, dir.resolve("ct-2.xlsx"), wb -> {
            Workbooks.set(wb, "Điểm", Workbooks.rowOf(wb, "Điểm", "Mã tiêu chí", "1.1"), "Điểm tự chấm", 17.25);
            Workbooks.set(wb, "Chỉ tiêu", 2, "Thực hiện", 123456.5);
        });
        String before = snapshot();
        CliRunner.Result r = run("import", second.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("Tệp của đơn vị CT năm 2019 sẽ thay đổi 2 giá trị:")
                .contains("Tiêu chí 1.1: điểm tự chấm " + firstSelf.replace('.', ',') + " → 17,25")
                .contains("Chỉ tiêu “" + kept.name() + "”, thực hiện: ")
                .contains(" → 123.456,5");
        assertThat(r.err()).contains("Đơn vị CT đã gửi tệp năm 2019 lúc").contains("chạy lại với --replace");
        assertThat(snapshot()).isEqualTo(before);

        CliRunner.Result replaced = run("import", second.toString(), "--replace");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("Đã thay bằng tệp mới của Sở Công Thương (CT)");
        try (Workspace ws = Backend.open(location)) {
            Season y = ws.blocs().requireSeason(ws.blocs().requireBloc("KTN"), 2019);
            Unit ct = ws.blocs().memberByCode(y, "CT").orElseThrow();
            Criterion c11 = ws.scoring().table(y).criteria().stream().filter(c -> c.code().equals("1.1")).findFirst()
                    .orElseThrow();
            assertThat(ws.scoring().scores(y).stream().filter(s -> s.unitId() == ct.id() && s.criterionId() == c11.id())
                    .findFirst().orElseThrow().self()).isEqualByComparingTo("17.25");
            assertThat(ws.scoring().indicators(y, ct.id()).get(0).actual()).isEqualByComparingTo("123456.5");
            assertThat(ws.imports().received(y)).singleElement().satisfies(x -> {
                assertThat(x.count()).isEqualTo(2);
                assertThat(x.fileName()).isEqualTo("ct-2.xlsx");
            });
            assertThat(ws.audit().entries(1).get(0).action()).isEqualTo("return.replace");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMalformedReturnListsEveryErrorAtOnceWithSheetRowAndColumnAndNothingChanges(Backend backend) {
        emptyYearOn(backend);
        Path ret = fill(template("BQLKCN"), dir.resolve("kcn.xlsx"), "BQLKCN");
        Path bad = Workbooks.edit(ret, dir.resolve("kcn-bad.xlsx"), wb -> {
            Workbooks.set(wb, "Điểm", 2, "Điểm tự chấm", 999);
            Workbooks.set(wb, "Điểm", 3, "Điểm khối", 5);
            Workbooks.set(wb, "Điểm", 5, "Mã tiêu chí", "9.9");
            Workbooks.set(wb, "Điểm", 6, "Mã đơn vị", "CT");
            Workbooks.set(wb, "Điểm", 7, "Điểm tự chấm", "mười");
            Workbooks.set(wb, "Chỉ tiêu", 2, "Kế hoạch", "abc");
            Workbooks.set(wb, "Chỉ tiêu", 3, "Tên chỉ tiêu", null);
        });
        String before = snapshot();
        CliRunner.Result r = run("import", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("có 7 lỗi")
                .contains("Sheet Điểm, dòng 2, cột Điểm tự chấm: 999 vượt quá điểm tối đa")
                .contains("Sheet Điểm, dòng 3, cột Điểm khối:")
                .contains("Sheet Điểm, dòng 5, cột Mã tiêu chí: bảng tiêu chí năm 2019 không có tiêu chí mã 9.9")
                .contains("Sheet Điểm, dòng 6, cột Mã đơn vị: dòng của đơn vị CT, trong khi tệp là của đơn vị BQLKCN")
                .contains("Sheet Điểm, dòng 7, cột Điểm tự chấm:")
                .contains("Sheet Chỉ tiêu, dòng 2, cột Kế hoạch:")
                .contains("Sheet Chỉ tiêu, dòng 3, cột Tên chỉ tiêu: ô này không được để trống");
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReturnOfAUnitNotAMemberThatYearIsRefusedNamingTheCell(Backend backend) {
        emptyYearOn(backend);
        Path ret = fill(template("CT"), dir.resolve("ct.xlsx"), "CT");
        Path other = Workbooks.edit(ret, dir.resolve("zz.xlsx"), wb -> Workbooks.setItem(wb, "Đơn vị", "ZZ – Sở Mới"));
        String before = snapshot();
        CliRunner.Result r = run("import", other.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Sheet Khối, dòng 5, cột Giá trị: đơn vị ZZ không phải thành viên của khối KTN "
                + "năm 2019");
        assertThat(snapshot()).isEqualTo(before);
    }
}
