package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/** The import workbook read cell by cell, and written with its header rows and text columns. */
class ImportWorkbookTest {

    @TempDir
    Path dir;

    private Path save(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void everyKindOfCellIsReadAsWhatExcelShows() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Điểm");
        s.createRow(0).createCell(0).setCellValue("Tiêu đề");
        Row r = s.createRow(2);
        r.createCell(0).setCellValue("  GTVT ");
        r.createCell(1).setCellValue("   ");
        r.createCell(2).setCellValue(19.5);
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        r.createCell(3).setCellValue(0.85);
        r.getCell(3).setCellStyle(percent);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        r.createCell(4).setCellValue(LocalDate.of(2019, 12, 11));
        r.getCell(4).setCellStyle(date);
        r.createCell(5).setCellValue(true);
        r.createCell(6).setCellErrorValue(FormulaError.DIV0.getCode());
        r.createCell(7).setCellFormula("1+1");
        r.createCell(8).setCellFormula("2*3");
        r.createCell(9).setCellFormula("\"mười\"");
        r.createCell(10).setCellFormula("1/0");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(8));
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(9));
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r.getCell(10));
        r.createCell(12).setBlank();
        s.createRow(3).createCell(0).setBlank();

        ImportSheets read = ImportWorkbook.read(save(wb, "cells.xlsx"));

        ImportSheets.Sheet sheet = read.sheet("Điểm").orElseThrow();
        assertThat(sheet.header()).containsExactly(new ImportSheets.Text("Tiêu đề"));
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).number()).isEqualTo(3);
        assertThat(sheet.rows().get(0).cells()).containsExactly(
                new ImportSheets.Text("  GTVT "), Cell.BLANK, new ImportSheets.Number(new BigDecimal("19.5"), false),
                new ImportSheets.Number(new BigDecimal("0.85"), true), new ImportSheets.Date(LocalDate.of(2019, 12, 11)),
                new ImportSheets.Bool(true), new ImportSheets.Error("#DIV/0!"), new ImportSheets.Uncomputed("1+1"),
                new ImportSheets.Number(new BigDecimal("6"), false), new ImportSheets.Text("mười"),
                new ImportSheets.Error("#DIV/0!"));
    }

    @Test
    void anOldXlsWorkbookIsReadToo() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet s = wb.createSheet("Đơn vị");
        s.createRow(0).createCell(0).setCellValue("Mã đơn vị");
        s.createRow(1).createCell(0).setCellValue("XD");
        ImportSheets read = ImportWorkbook.read(save(wb, "cu.xls"));
        assertThat(read.sheet("Đơn vị").orElseThrow().rows().get(0).cells()).containsExactly(new ImportSheets.Text("XD"));
    }

    @Test
    void whatIsNotAWorkbookIsAReportExceptionNamingTheFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("rong.xlsx"));
        Path text = Files.writeString(dir.resolve("van-ban.xlsx"), "ballot,approve\n1,GTVT\n");
        for (Path p : List.of(empty, text)) {
            ReportException e = catchThrowableOfType(ReportException.class, () -> ImportWorkbook.read(p));
            assertThat(e.key()).isEqualTo("import.file.unreadable");
            assertThat(e.args()).containsExactly(p.toString());
        }
        assertThat(catchThrowableOfType(ReportException.class, () -> ImportWorkbook.read(dir.resolve("khong-co.xlsx")))
                .key()).isEqualTo("import.file.missing");
        assertThat(catchThrowableOfType(ReportException.class, () -> ImportWorkbook.read(dir)).key())
                .isEqualTo("import.file.missing");
    }

    @Test
    void codesAreWrittenAsTextAndAFigureADoubleCannotHoldAsVietnameseText() throws IOException {
        BigDecimal huge = new BigDecimal("12345678901234567890.1234");
        ImportSheets data = new ImportSheets(List.of(
                new ImportSheets.Sheet("Bảng tiêu chí", List.of(), List.of(new ImportSheets.Row(0, List.of(
                        Cell.text("I"), Cell.text("1.10"), Cell.text("Tiêu chí"), Cell.number(new BigDecimal("7.5")))))),
                new ImportSheets.Sheet("Chỉ tiêu", List.of(), List.of(new ImportSheets.Row(0, List.of(
                        Cell.text("CT"), Cell.text("Giá trị"), Cell.text("tỷ đồng"), Cell.number(huge)))))));
        Path file = dir.resolve("viet.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ImportWorkbook.write(data, out);
        }
        ImportSheets read = ImportWorkbook.read(file);
        assertThat(read.sheet("Bảng tiêu chí").orElseThrow().rows().get(0).cells()).containsExactly(
                new ImportSheets.Text("I"), new ImportSheets.Text("1.10"), new ImportSheets.Text("Tiêu chí"),
                new ImportSheets.Number(new BigDecimal("7.5"), false));
        assertThat(read.sheet("Chỉ tiêu").orElseThrow().rows().get(0).cell(3))
                .isEqualTo(new ImportSheets.Text("12.345.678.901.234.567.890,1234"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet criteria = wb.getSheet("Bảng tiêu chí");
            // Typed later into an empty row, a code stays text: the column is formatted "@".
            assertThat(criteria.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(criteria.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }
}
