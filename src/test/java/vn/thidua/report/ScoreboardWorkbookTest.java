package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.report.ScoreboardWorkbook.COMPLETED;
import static vn.thidua.report.ScoreboardWorkbook.EXCELLENT;
import static vn.thidua.report.ScoreboardWorkbook.GOOD;
import static vn.thidua.report.ScoreboardWorkbook.NOT_COMPLETED;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.WorkbookData.Criterion;
import vn.thidua.app.documents.WorkbookData.CriterionGroup;
import vn.thidua.app.documents.WorkbookData.CriterionKind;
import vn.thidua.app.documents.WorkbookData.WorkbookUnit;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.app.documents.YearReportData;

class ScoreboardWorkbookTest {

    /**
     * Five units, worked by hand (maxima c1 40, c2 30, c3 30; bonus b 5; deduction d 5):
     * A 38+28+28 +2      = 96, lowest 28/30 = 93,3 %  → rank 1, excellent
     * B 36+27+27         = 90, lowest 90 %            → rank 2, excellent
     * C 38+30+21 +1      = 90, lowest 21/30 = 70 %    → rank 2 (tie), completed (fails 85 % and 80 %)
     * D 32+24+24         = 80, lowest 80 %            → rank 4, good
     * E 20+20+20 −0, c3 unscored → 40, lowest 0 %     → rank 5, not completed
     */
    private static WorkbookData handWorked() {
        List<CriterionGroup> groups = List.of(
                new CriterionGroup("I. Nhiệm vụ", List.of(crit("c1", 40, CriterionKind.REGULAR),
                        crit("c2", 30, CriterionKind.REGULAR))),
                new CriterionGroup("II. Thi đua", List.of(crit("c3", 30, CriterionKind.REGULAR),
                        crit("b", 5, CriterionKind.BONUS), crit("d", 5, CriterionKind.DEDUCTION))));
        return new WorkbookData("Khối thử", 2019, List.of(
                unit("A", 38, 28, 28, 2, 0), unit("B", 36, 27, 27, 0, 0), unit("C", 38, 30, 21, 1, 0),
                unit("D", 32, 24, 24, 0, 0), unit("E", 20, 20, null, 0, 0)),
                groups, Samples2019.BANDS, List.of(), List.of());
    }

    @Test
    void formulasGiveHandWorkedTotalsRanksWithATieAndClassifications() throws IOException {
        try (XSSFWorkbook wb = write(handWorked())) {
            List<Object[]> board = scoreboard(wb, 5);

            assertThat(board).extracting(r -> r[0]).containsExactly(96.0, 90.0, 90.0, 80.0, 40.0);
            assertThat(board).extracting(r -> r[1]).containsExactly(1.0, 2.0, 2.0, 4.0, 5.0);
            assertThat(board).extracting(r -> r[2]).containsExactly(EXCELLENT, EXCELLENT, COMPLETED, GOOD,
                    NOT_COMPLETED);
            assertThat((double) board.get(0)[3]).isCloseTo(0.9333, Offset.offset(1e-9));
        }
    }

    @Test
    void editingAScoreInExcelRecomputesTotalRankAndClassification() throws IOException {
        try (XSSFWorkbook wb = write(handWorked())) {
            Sheet detail = wb.getSheet(ScoreboardWorkbook.DETAIL);
            Row e = detail.getRow(ScoreboardWorkbook.DETAIL_FIRST + 4);
            e.getCell(4).setCellValue(30);   // E's c3, unscored until now
            e.getCell(2).setCellValue(30);   // E's c1: 20 → 30

            wb.getCreationHelper().createFormulaEvaluator().clearAllCachedResultValues();
            List<Object[]> board = scoreboard(wb, 5);

            // E: 30 + 20 + 30 = 80, lowest 20/30 = 66,7 % → ties D at rank 4, still not completed.
            assertThat(board.get(4)).containsExactly(80.0, 4.0, NOT_COMPLETED, 0.6667);
            assertThat(board.get(3)[1]).isEqualTo(4.0);
        }
    }

    /**
     * "38.50" seen on an English-locale machine is a number shown in that machine's locale, not text: every score,
     * maximum, subtotal, bonus, deduction and total is a number (or a formula giving one) in Excel's built-in
     * "0.00", which a Vietnamese Excel or LibreOffice shows as 38,50.
     */
    @Test
    void scoresAreNumbersInTheBuiltInTwoDecimalFormat() throws IOException {
        try (XSSFWorkbook wb = write(Samples2019.workbook())) {
            Sheet board = wb.getSheet(ScoreboardWorkbook.SCOREBOARD);
            Sheet detail = wb.getSheet(ScoreboardWorkbook.DETAIL);
            int total = column(board, "Tổng điểm");
            int cells = 0;
            for (int r = ScoreboardWorkbook.BOARD_FIRST; r < ScoreboardWorkbook.BOARD_FIRST + 8; r++) {
                for (int c = 2; c <= total; c++) {
                    cells += twoDecimalNumber(board.getRow(r).getCell(c), "Bảng điểm");
                }
            }
            for (int r = ScoreboardWorkbook.DETAIL_FIRST - 1; r < ScoreboardWorkbook.DETAIL_FIRST + 8; r++) {
                Row row = detail.getRow(r);
                for (int c = 2; c < row.getLastCellNum(); c++) {
                    cells += twoDecimalNumber(row.getCell(c), "Điểm chi tiết");
                }
            }
            assertThat(cells).as("8 units × subtotals, bonus, deduction, total; maxima and 8 units × criteria").isGreaterThan(100);
        }
    }

    private static int twoDecimalNumber(Cell c, String sheet) {
        String where = sheet + "!" + c.getAddress();
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        assertThat(type).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(c.getCellStyle().getDataFormat()).as(where + " built-in format 2, \"0.00\"").isEqualTo((short) 2);
        return 1;
    }

    @Test
    void sampleScoreboardMatchesTheAnnouncedSevenExcellentAndOneGood() throws IOException {
        try (XSSFWorkbook wb = write(Samples2019.workbook())) {
            List<Object[]> board = scoreboard(wb, 8);
            List<YearReportData.ScoreRow> expected = Samples2019.scoreboard();
            Map<String, Object[]> byName = new HashMap<>();
            Sheet s = wb.getSheet(ScoreboardWorkbook.SCOREBOARD);
            for (int i = 0; i < 8; i++) {
                byName.put(s.getRow(ScoreboardWorkbook.BOARD_FIRST + i).getCell(1).getStringCellValue(), board.get(i));
            }
            for (YearReportData.ScoreRow row : expected) {
                Object[] got = byName.get(row.unitName());
                assertThat(got[0]).as(row.unitName()).isEqualTo(row.total().doubleValue());
                assertThat(got[1]).as(row.unitName()).isEqualTo((double) row.rank());
                assertThat(got[2]).as(row.unitName()).isEqualTo(row.classification());
            }
        }
    }

    @Test
    void longIndicatorNamesGetTheLinesTheyNeedInsteadOfRunningOverTheNextRow() throws IOException {
        try (XSSFWorkbook wb = write(Samples2019.workbook())) {
            Sheet ind = wb.getSheet(ScoreboardWorkbook.INDICATORS);
            Row industry = ind.getRow(OtherSheets.INDICATORS_FIRST + 2);
            Row retail = ind.getRow(OtherSheets.INDICATORS_FIRST + 3);

            assertThat(retail.getCell(2).getStringCellValue())
                    .isEqualTo("Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng");
            assertThat(retail.getHeightInPoints()).isEqualTo(2 * OtherSheets.LINE_POINTS);
            assertThat(industry.getHeightInPoints()).isLessThan(2 * OtherSheets.LINE_POINTS);
        }
    }

    @Test
    void detailIndicatorAndElectionSheetsHoldTheData() throws IOException {
        WorkbookData data = Samples2019.workbook();
        try (XSSFWorkbook wb = write(data)) {
            assertThat(sheetNames(wb)).containsExactly("Bảng điểm", "Điểm chi tiết", "Chỉ tiêu",
                    "Cờ thi đua của Chính phủ", "Cờ thi đua của UBND tỉnh", "Bằng khen của UBND tỉnh");
            Sheet detail = wb.getSheet(ScoreboardWorkbook.DETAIL);
            assertThat(detail.getRow(3).getCell(2).getStringCellValue())
                    .isEqualTo("1.1. Kết quả thực hiện các chỉ tiêu kế hoạch được giao");
            assertThat(detail.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(20.0);
            assertThat(detail.getRow(ScoreboardWorkbook.DETAIL_FIRST + 1).getCell(9).getNumericCellValue())
                    .isEqualTo(14.25);

            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            Sheet ind = wb.getSheet(ScoreboardWorkbook.INDICATORS);
            Row industry = ind.getRow(OtherSheets.INDICATORS_FIRST + 2);
            assertThat(industry.getCell(1).getStringCellValue()).isEqualTo(Samples2019.CT);
            assertThat(industry.getCell(2).getStringCellValue()).isEqualTo("Giá trị sản xuất công nghiệp");
            assertThat(industry.getCell(5).getNumericCellValue()).isEqualTo(108500.0);
            assertThat(ev.evaluate(industry.getCell(7)).getNumberValue()).isCloseTo(108500.0 / 105000,
                    Offset.offset(1e-12));
            assertThat(ev.evaluate(industry.getCell(8)).getNumberValue()).isCloseTo(0.163,
                    Offset.offset(0.0005));

            Sheet merit = wb.getSheet("Bằng khen của UBND tỉnh");
            Row tied = merit.getRow(OtherSheets.ELECTION_FIRST + 1);
            assertThat(tied.getCell(1).getStringCellValue()).isEqualTo(Samples2019.TNMT);
            assertThat(tied.getCell(2).getNumericCellValue()).isEqualTo(5.0);
            assertThat(tied.getCell(3).getNumericCellValue()).isEqualTo(0.625);
            assertThat(tied.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(tied.getCell(4).getStringCellValue()).isEqualTo("Bằng phiếu");
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithFrozenHeaders() throws IOException {
        try (XSSFWorkbook wb = write(Samples2019.workbook())) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPrintSetup().getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(wb.getPrintArea(i)).as(s.getSheetName()).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(s.getRepeatingRows()).as(s.getSheetName()).isNotNull();
            }
            // 8 units in rows 5–12, the bands table in rows 15–20.
            assertThat(wb.getPrintArea(0)).isEqualTo("'Bảng điểm'!$A$1:$K$20");
        }
    }

    @Test
    void tooLongOrRepeatedElectionTitlesGetDistinctSheetNames() {
        Set<String> used = new HashSet<>(List.of("bảng điểm"));
        String a = OtherSheets.sheetName("Cờ thi đua của UBND tỉnh cho các đơn vị dẫn đầu phong trào", 1, used);
        String b = OtherSheets.sheetName("Cờ thi đua của UBND tỉnh cho các đơn vị dẫn đầu phong trào", 1, used);
        String c = OtherSheets.sheetName("Bảng điểm", 1, used);

        assertThat(a).hasSizeLessThanOrEqualTo(31);
        assertThat(b).hasSizeLessThanOrEqualTo(31).isNotEqualTo(a).endsWith("(2)");
        assertThat(c).isEqualTo("Bảng điểm (2)");
        assertThat(a).as("shortened by known abbreviations, then cut after a word")
                .isEqualTo("Cờ TĐ UBND tỉnh cho các đơn vị…");
    }

    /** Issue 15: "Bằng khen của UBND tỉnh – bầu l" was the runoff's sheet; its round must survive. */
    @Test
    void aRunoffSheetKeepsItsRoundAndTheTitleIsShortenedMeaningfully() {
        Set<String> used = new HashSet<>();
        assertThat(OtherSheets.sheetName("Bằng khen của UBND tỉnh", 1, used)).isEqualTo("Bằng khen của UBND tỉnh");
        assertThat(OtherSheets.sheetName("Bằng khen của UBND tỉnh", 2, used)).isEqualTo("Bằng khen UBND tỉnh – vòng 2");
        assertThat(OtherSheets.sheetName("Cờ thi đua của Chính phủ", 2, used))
                .isEqualTo("Cờ thi đua Chính phủ – vòng 2");
        assertThat(OtherSheets.sheetName("Cờ thi đua của Ủy ban nhân dân tỉnh", 3, used))
                .isEqualTo("Cờ thi đua UBND tỉnh – vòng 3");
    }

    /**
     * Issue 15, item 12: the workbook is no longer evaluated by POI when written; every formula
     * carries the result the program computed. Those results must be what the formulas give.
     */
    @Test
    void everyFormulaCarriesTheResultItsFormulaGives() throws IOException {
        for (WorkbookData data : List.of(handWorked(), Samples2019.workbook(), edgeCases())) {
            try (XSSFWorkbook wb = write(data)) {
                assertThat(wb.getForceFormulaRecalculation()).isTrue();
                List<String> formulas = new ArrayList<>();
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            if (c.getCellType() != CellType.FORMULA) {
                                continue;
                            }
                            formulas.add(c.getCellFormula());
                            String where = s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula();
                            var computed = ev.evaluate(c);
                            if (computed.getCellType() == CellType.STRING) {
                                assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
                                assertThat(c.getStringCellValue()).as(where).isEqualTo(computed.getStringValue());
                            } else {
                                assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
                                assertThat(c.getNumericCellValue()).as(where).isCloseTo(computed.getNumberValue(),
                                        Offset.offset(1e-9));
                            }
                        }
                    }
                }
                assertThat(formulas).as("formulas checked").hasSizeGreaterThan(20);
            }
        }
    }

    /**
     * What Excel or LibreOffice shows on open is their own recalculation (the workbook asks for one):
     * LibreOffice's results, recalculated on load, equal the ones written. A copy with one score
     * changed behind the formulas' back shows that LibreOffice did recalculate rather than keep
     * what it read.
     * Runs where LibreOffice is installed (CI installs it).
     */
    @Test
    void libreOfficeRecalculatesToTheResultsWritten(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice not installed");
        Path ours = dir.resolve("bang-diem.xlsx");
        Path stale = dir.resolve("bang-diem-sua.xlsx");
        try (var out = Files.newOutputStream(ours)) {
            ScoreboardWorkbook.write(Samples2019.workbook(), out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(ours)));
             var out = Files.newOutputStream(stale)) {
            // The first unit's first criterion down by 5 points; the cached total is left as it was.
            Cell c = wb.getSheet(ScoreboardWorkbook.DETAIL).getRow(ScoreboardWorkbook.DETAIL_FIRST).getCell(2);
            c.setCellValue(c.getNumericCellValue() - 5);
            wb.write(out);
        }
        Path converted = dir.resolve("lo");
        // LibreOffice keeps the results an .xlsx holds unless told to recalculate on load (its
        // Tools ▸ Options ▸ Calc ▸ Formula ▸ "Recalculation on file load", default "never" here).
        Path user = Files.createDirectories(dir.resolve("profile/user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx", "--outdir", converted.toString(), ours.toString(), stale.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor()).isZero();

        try (XSSFWorkbook written = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(ours)));
             XSSFWorkbook recalculated = new XSSFWorkbook(new ByteArrayInputStream(
                     Files.readAllBytes(converted.resolve("bang-diem.xlsx"))));
             XSSFWorkbook changed = new XSSFWorkbook(new ByteArrayInputStream(
                     Files.readAllBytes(converted.resolve("bang-diem-sua.xlsx"))))) {
            int compared = 0;
            for (Sheet s : written) {
                Sheet lo = recalculated.getSheet(s.getSheetName());
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        Cell l = lo.getRow(r.getRowNum()).getCell(c.getColumnIndex());
                        String where = s.getSheetName() + "!" + c.getAddress();
                        if (c.getCachedFormulaResultType() == CellType.STRING) {
                            assertThat(l.getStringCellValue()).as(where).isEqualTo(c.getStringCellValue());
                        } else {
                            assertThat(l.getNumericCellValue()).as(where).isCloseTo(c.getNumericCellValue(),
                                    Offset.offset(1e-9));
                        }
                        compared++;
                    }
                }
            }
            assertThat(compared).isGreaterThan(50);
            Sheet board = written.getSheet(ScoreboardWorkbook.SCOREBOARD);
            int total = column(board, "Tổng điểm");
            double before = board.getRow(ScoreboardWorkbook.BOARD_FIRST).getCell(total).getNumericCellValue();
            assertThat(changed.getSheet(ScoreboardWorkbook.SCOREBOARD).getRow(ScoreboardWorkbook.BOARD_FIRST)
                    .getCell(total).getNumericCellValue()).isEqualTo(before - 5);
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Edges of the formulas: a total that rounds at the half (0,005), a criterion whose maximum is
     * 0 (left out of the lowest share), a unit scored on nothing, a band met exactly, no bonus
     * line, indicators with no plan, a plan of 0 and no previous year.
     */
    private static WorkbookData edgeCases() {
        List<CriterionGroup> groups = List.of(new CriterionGroup("I. Nhiệm vụ", List.of(
                new Criterion("c1", "Tiêu chí c1", new BigDecimal("50"), CriterionKind.REGULAR),
                new Criterion("c2", "Tiêu chí c2", new BigDecimal("50"), CriterionKind.REGULAR),
                new Criterion("z", "Tiêu chí không điểm", BigDecimal.ZERO, CriterionKind.REGULAR),
                new Criterion("d", "Điểm trừ", new BigDecimal("5"), CriterionKind.DEDUCTION))));
        Map<String, BigDecimal> half = new HashMap<>();
        half.put("c1", new BigDecimal("45.125"));
        half.put("c2", new BigDecimal("42.5"));
        half.put("d", new BigDecimal("0.12"));
        Map<String, BigDecimal> exact = new HashMap<>();
        exact.put("c1", new BigDecimal("45"));
        exact.put("c2", new BigDecimal("45"));
        List<IndicatorRow> rows = List.of(
                IndicatorRow.of("Không có kế hoạch", "tỷ đồng", null, BigDecimal.TEN, null),
                IndicatorRow.of("Kế hoạch bằng 0", "dự án", BigDecimal.ZERO, BigDecimal.ONE,
                        new BigDecimal("4")),
                IndicatorRow.of("Đủ số liệu", "%", new BigDecimal("98.5"),
                        new BigDecimal("99.25"), new BigDecimal("97")));
        return new WorkbookData("Khối thử", 2020, List.of(new WorkbookUnit("H", "Đơn vị làm tròn", half),
                new WorkbookUnit("X", "Đơn vị vừa đủ mức", exact), new WorkbookUnit("N", "Đơn vị chưa chấm", new HashMap<>())),
                groups, Samples2019.BANDS, List.of(new WorkbookData.UnitIndicators("Đơn vị làm tròn", rows)), List.of());
    }

    // ---- helpers

    private static XSSFWorkbook write(WorkbookData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreboardWorkbook.write(data, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** For each unit row: total, rank, classification, lowest ratio, evaluated by POI's evaluator. */
    private static List<Object[]> scoreboard(XSSFWorkbook wb, int units) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        Sheet s = wb.getSheet(ScoreboardWorkbook.SCOREBOARD);
        int total = column(s, "Tổng điểm");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            Row r = s.getRow(ScoreboardWorkbook.BOARD_FIRST + i);
            rows.add(new Object[] {value(ev, r.getCell(total)), value(ev, r.getCell(total + 2)),
                    value(ev, r.getCell(total + 3)), value(ev, r.getCell(total + 1))});
        }
        return rows;
    }

    private static int column(Sheet s, String header) {
        for (Cell c : s.getRow(3)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static Object value(FormulaEvaluator ev, Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        var v = ev.evaluate(cell);
        return v.getCellType() == CellType.STRING ? v.getStringValue() : (Object) v.getNumberValue();
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Criterion crit(String code, int max, CriterionKind kind) {
        return new Criterion(code, "Tiêu chí " + code, BigDecimal.valueOf(max), kind);
    }

    private static WorkbookUnit unit(String name, Integer c1, Integer c2, Integer c3, int bonus, int deduction) {
        Map<String, BigDecimal> scores = new HashMap<>();
        scores.put("c1", c1 == null ? null : BigDecimal.valueOf(c1));
        scores.put("c2", c2 == null ? null : BigDecimal.valueOf(c2));
        scores.put("c3", c3 == null ? null : BigDecimal.valueOf(c3));
        scores.put("b", BigDecimal.valueOf(bonus));
        scores.put("d", BigDecimal.valueOf(deduction));
        return new WorkbookUnit(name, name, scores);
    }
}
