package vn.thidua.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.app.AppException;
import vn.thidua.app.ImportService;
import vn.thidua.app.Texts;
import vn.thidua.app.ValidationException;
import vn.thidua.app.Workspace;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.testing.DataSnapshot;
import vn.thidua.testing.TestData;

/**
 * Fuzzed import workbooks (issue 7): the sample's 2019 workbook with random cells blanked or
 * replaced by random text, numbers, dates, formulas and booleans, rows removed or duplicated,
 * sheets removed or renamed, and files that are no workbook at all. Whatever comes, the importer
 * answers with the app's own exceptions, every message exists in Vietnamese, and a refused file
 * leaves the data file exactly as it was. Imports run with --replace into one data file, so an
 * accepted file is followed by others that replace it.
 */
class ImportWorkbookFuzzTest {

    private static final Texts VI = Texts.vietnamese();
    private static Path dir;
    private static byte[] base;
    private static Workspace ws;
    private static int tries;
    private static int refused;
    private static int accepted;

    /** A change a person (or a damaged copy) might make; indices wrap around what the workbook has. */
    sealed interface Mutation permits SetCell, RemoveRow, DuplicateRow, RemoveSheet, RenameSheet {
    }

    /** @param value null blanks the cell; else a String, Double, LocalDate, Boolean or Formula */
    record SetCell(int sheet, int row, int col, Object value) implements Mutation {
    }

    record Formula(String text, boolean computed) {
    }

    record RemoveRow(int sheet, int row) implements Mutation {
    }

    record DuplicateRow(int sheet, int row) implements Mutation {
    }

    record RemoveSheet(int sheet) implements Mutation {
    }

    record RenameSheet(int sheet, String name) implements Mutation {
    }

    /** Either a mutated workbook, or raw bytes that may not be one. */
    record Case(List<Mutation> mutations, byte[] bytes) {
        @Override
        public String toString() {
            return bytes == null ? mutations.toString() : "bytes[" + bytes.length + "]";
        }
    }

    @BeforeContainer
    static void exportTheSample() throws IOException {
        dir = Files.createTempDirectory("import-fuzz");
        Path file = dir.resolve("ktn-2019.xlsx");
        try (Workspace sample = TestData.openSample(dir.resolve("sample"))) {
            sample.imports().export("KTN", 2019, file);
        }
        base = Files.readAllBytes(file);
        ws = TestData.open(dir.resolve("target"));
    }

    @AfterContainer
    static void summary() throws IOException {
        ws.close();
        System.out.println("import-fuzz: tries=" + tries + " refused=" + refused + " accepted=" + accepted);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theImporterNeverCrashesAndARefusedFileChangesNothing(@ForAll("cases") Case c) throws IOException {
        Path file = dir.resolve("case.xlsx");
        Files.write(file, c.bytes() != null ? c.bytes() : mutate(c.mutations()));
        String before = DataSnapshot.of(ws);
        tries++;
        try {
            ImportService.Imported r = ws.imports().importFile(file, true);
            accepted++;
            // What was accepted must be whole: its scoreboard computes.
            var season = ws.blocs().requireSeason(ws.blocs().requireBloc(r.blocCode()), r.year());
            assertThat(ws.scoring().scoreboard(season).rows()).hasSize(r.units());
        } catch (ValidationException e) {
            refused++;
            for (Problem p : e.problems()) {
                assertThat(VI.has(p.key())).as("message %s of %s", p.key(), c).isTrue();
            }
            assertThat(DataSnapshot.of(ws)).as("refused: %s", VI.all(e.problems())).isEqualTo(before);
        } catch (AppException e) {
            refused++;
            assertThat(VI.has(e.key())).as("message %s of %s", e.key(), c).isTrue();
            assertThat(DataSnapshot.of(ws)).as("refused: %s", VI.t(e)).isEqualTo(before);
        }
    }

    // ---- the cases

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Case> mutated = mutation().list().ofMaxSize(4).map(m -> new Case(m, null));
        Arbitrary<Case> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000).map(b -> new Case(List.of(), b));
        Arbitrary<Case> cut = Arbitraries.integers().between(0, base.length - 1)
                .map(n -> new Case(List.of(), Arrays.copyOf(base, n)));
        Arbitrary<Case> flipped = Arbitraries.integers().between(0, base.length - 1).list().ofMinSize(1).ofMaxSize(5)
                .map(positions -> {
                    byte[] b = base.clone();
                    positions.forEach(p -> b[p] = (byte) ~b[p]);
                    return new Case(List.of(), b);
                });
        return Arbitraries.frequencyOf(Tuple.of(16, mutated), Tuple.of(1, noise), Tuple.of(1, cut),
                Tuple.of(2, flipped));
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> sheet = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> row = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> col = Arbitraries.integers().between(0, 8);
        Arbitrary<Mutation> set = Combinators.combine(sheet, row, col, value()).as(SetCell::new);
        Arbitrary<Mutation> remove = Combinators.combine(sheet, row).as(RemoveRow::new);
        Arbitrary<Mutation> duplicate = Combinators.combine(sheet, row).as(DuplicateRow::new);
        Arbitrary<Mutation> dropSheet = sheet.map(RemoveSheet::new);
        Arbitrary<Mutation> rename = Combinators.combine(sheet, text()).as((s, n) -> new RenameSheet(s, n));
        return Arbitraries.frequencyOf(Tuple.of(12, set), Tuple.of(2, remove), Tuple.of(2, duplicate),
                Tuple.of(1, dropSheet), Tuple.of(1, rename));
    }

    private static Arbitrary<Object> value() {
        Arbitrary<Object> blank = Arbitraries.just(null);
        Arbitrary<Object> text = text().map(s -> s);
        Arbitrary<Object> number = Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(-1.0, 0.0, 0.5, 7.25, 20.0, 25.0, 90.0, 100.0, 1000.5, 2019.0, 2101.0, 1e15, 1e300,
                        0.001, Double.NaN, Double.POSITIVE_INFINITY)).map(d -> d);
        Arbitrary<Object> date = Arbitraries.integers().between(0, 80_000)
                .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
        Arbitrary<Object> bool = Arbitraries.of(true, false).map(b -> b);
        Arbitrary<Object> formula = Combinators.combine(Arbitraries.of("1+1", "SUM(A1:A3)", "1/0", "NA()", "\"abc\"",
                "A1", "TODAY()", "'Khối'!B2", "VLOOKUP(1,A:B,2,0)", "2019", "-5", "\"16,3\"", "B2&C2"),
                Arbitraries.of(true, false)).as(Formula::new).map(f -> f);
        return Arbitraries.frequencyOf(Tuple.of(3, blank), Tuple.of(6, text), Tuple.of(4, number), Tuple.of(1, date),
                Tuple.of(1, bool), Tuple.of(2, formula));
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> random = Arbitraries.strings().withChars("0123456789.,%-+ ĐđÀàÁáẠạƠơƯưabcXYZ_#=/\u00A0\t\n'\"")
                .ofMaxLength(24);
        Arbitrary<String> tricky = Arbitraries.of("108.500", "16,3", "1,234,567", "0.500", "1.23.456", "", " ", "Có",
                "Không", "Tiêu chí", "Điểm thưởng", "Điểm trừ", "Hoàn thành nhiệm vụ", "GTVT", "CT", "1.1", "I",
                "Năm", "Mã khối", "11/12/2019", "31/02/2019", "2019", "#REF!", "Điểm", "Đơn vị", "Mã đơn vị",
                "x".repeat(1200), "Sở Y tế");
        return Arbitraries.oneOf(random, tricky);
    }

    // ---- applying them

    private static byte[] mutate(List<Mutation> mutations) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(base))) {
            for (Mutation m : mutations) {
                try {
                    apply(wb, m);
                } catch (RuntimeException e) {
                    // POI refused to make this change (a name Excel forbids, a formula it cannot parse): not a case.
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void apply(XSSFWorkbook wb, Mutation m) {
        if (wb.getNumberOfSheets() == 0) {
            return;
        }
        if (m instanceof RemoveSheet r) {
            wb.removeSheetAt(r.sheet() % wb.getNumberOfSheets());
        } else if (m instanceof RenameSheet r) {
            wb.setSheetName(r.sheet() % wb.getNumberOfSheets(), r.name());
        } else if (m instanceof SetCell c) {
            Sheet s = wb.getSheetAt(c.sheet() % wb.getNumberOfSheets());
            int r = c.row() % (s.getLastRowNum() + 2);
            Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
            Cell cell = row.getCell(c.col()) != null ? row.getCell(c.col()) : row.createCell(c.col());
            set(wb, cell, c.value());
        } else if (m instanceof RemoveRow r) {
            Sheet s = wb.getSheetAt(r.sheet() % wb.getNumberOfSheets());
            int last = s.getLastRowNum();
            int index = r.row() % (last + 1);
            if (s.getRow(index) != null) {
                s.removeRow(s.getRow(index));
            }
            if (index < last) {
                s.shiftRows(index + 1, last, -1);
            }
        } else if (m instanceof DuplicateRow d) {
            Sheet s = wb.getSheetAt(d.sheet() % wb.getNumberOfSheets());
            int index = d.row() % (s.getLastRowNum() + 1);
            Row from = s.getRow(index);
            if (from != null) {
                Row to = s.createRow(s.getLastRowNum() + 1);
                for (Cell cell : from) {
                    Cell copy = to.createCell(cell.getColumnIndex());
                    copy.setCellStyle(cell.getCellStyle());
                    switch (cell.getCellType()) {
                        case STRING -> copy.setCellValue(cell.getStringCellValue());
                        case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                        case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
                        default -> copy.setBlank();
                    }
                }
            }
        }
    }

    private static void set(XSSFWorkbook wb, Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Formula f) {
            // A fresh cell: one that had a value would keep it as the formula's cached result.
            Row row = cell.getRow();
            int col = cell.getColumnIndex();
            row.removeCell(cell);
            Cell fresh = row.createCell(col);
            fresh.setCellFormula(f.text());
            if (f.computed()) {
                try {
                    wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(fresh);
                } catch (RuntimeException e) {
                    // Left uncomputed, which is a case too.
                }
            }
        }
    }
}
