package vn.thidua.report.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.thidua.app.documents.DocumentHeader;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.Signature;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.app.documents.YearReportData;
import vn.thidua.report.DocumentWriter;
import vn.thidua.report.ScoreboardWorkbook;

/**
 * Times the whole document pack of a generated 15-unit year (3 minutes, the proposal, the year-end
 * report, the workbook) against a bare POI write of the same volume: for each file, as many
 * paragraphs and tables of the same shape (Word), as many cells holding plain values (Excel), with
 * no template, no formulas, no evaluation. Not a test: run it by hand (docs/report-templates.md).
 * Files go to memory, so the disk is not measured.
 */
public final class DocumentPackBench {

    private static final int UNITS = 15;

    private DocumentPackBench() {
    }

    public static void main(String[] args) throws IOException {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (args.length > 0 && args[0].equals("cold")) {
            cold(started);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Pack pack = generatedYear();
        // One writer for the JVM's life, as ReportService keeps one: the shipped templates are read
        // once, by the first pack, which is the one the secretary waits for after starting the program.
        DocumentWriter writer = new DocumentWriter();
        long c0 = System.nanoTime();
        List<byte[]> written = writePack(writer, pack);
        long cold = System.nanoTime() - c0;
        long sinceStart = System.currentTimeMillis() - started;
        List<Shape> shapes = shapes(written);
        long b0 = System.nanoTime();
        writeBare(shapes);
        long coldBare = System.nanoTime() - b0;
        for (int i = 0; i < 3; i++) {
            writePack(writer, pack);
            writeBare(shapes);
        }
        long[] packTimes = new long[runs];
        long[] bareTimes = new long[runs];
        // The thread's CPU beside the wall time: on a shared machine the neighbours inflate the wall
        // time of both writes, not the processor time this thread gets.
        long[] packCpu = new long[runs];
        long[] bareCpu = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long u0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            writePack(writer, pack);
            long t1 = System.nanoTime();
            long u1 = threads.getCurrentThreadCpuTime();
            writeBare(shapes);
            long t2 = System.nanoTime();
            long u2 = threads.getCurrentThreadCpuTime();
            packTimes[i] = t1 - t0;
            bareTimes[i] = t2 - t1;
            packCpu[i] = u1 - u0;
            bareCpu[i] = u2 - u1;
        }
        long bytes = written.stream().mapToLong(b -> b.length).sum();
        System.out.printf("Document pack, %d units: %d files, %,d bytes; %d runs after 3 warm-up runs%n",
                UNITS, written.size(), bytes, runs);
        System.out.printf("  ThiDua pack (templates, formulas with their results): median %6.1f ms%n",
                median(packTimes));
        System.out.printf("  bare POI write of the same paragraphs, tables and cells: median %6.1f ms%n",
                median(bareTimes));
        System.out.printf("  warm ratio: %.2f%n", median(packTimes) / median(bareTimes));
        System.out.printf("  thread CPU: pack %6.1f ms, bare %6.1f ms, ratio %.2f (load %s)%n", median(packCpu),
                median(bareCpu), median(packCpu) / median(bareCpu), load());
        System.out.printf("  cold: the first pack of this JVM %6.1f ms (JVM started %,d ms before it ended); "
                + "the first bare write after it %6.1f ms%n", cold / 1e6, sinceStart, coldBare / 1e6);
    }

    /**
     * Only the first pack of this JVM, as the secretary waits for it after starting the program:
     * the writer made, its templates read, every class loaded on the way. bench/document-pack.sh
     * runs this in fresh JVMs, one after another. The data is made before the clock starts.
     */
    private static void cold(long started) {
        Pack pack = generatedYear();
        long c0 = System.nanoTime();
        List<byte[]> written = writePack(new DocumentWriter(), pack);
        long cold = System.nanoTime() - c0;
        System.out.printf("cold %.1f ms (%d files; JVM started %,d ms before the pack ended)%n", cold / 1e6,
                written.size(), System.currentTimeMillis() - started);
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    // ---- the pack

    record Pack(List<MinutesData> minutes, ProposalData proposal, YearReportData report, WorkbookData workbook) {
    }

    static List<byte[]> writePack(DocumentWriter writer, Pack pack) {
        List<byte[]> files = new ArrayList<>();
        for (MinutesData m : pack.minutes()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.minutes(m, out, Optional.empty());
            files.add(out.toByteArray());
        }
        ByteArrayOutputStream proposal = new ByteArrayOutputStream();
        writer.proposal(pack.proposal(), proposal, Optional.empty());
        files.add(proposal.toByteArray());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        writer.yearReport(pack.report(), report, Optional.empty());
        files.add(report.toByteArray());
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        ScoreboardWorkbook.write(pack.workbook(), workbook);
        files.add(workbook.toByteArray());
        return files;
    }

    // ---- the bare baseline: the same volume, written with POI directly

    /** A file's volume: paragraphs and table shapes (rows × columns) for Word; sheets' rows × columns for Excel. */
    record Shape(boolean excel, int paragraphs, List<int[]> tables) {
    }

    static List<Shape> shapes(List<byte[]> files) throws IOException {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (i == files.size() - 1) {
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(files.get(i)))) {
                    List<int[]> sheets = new ArrayList<>();
                    for (Sheet s : wb) {
                        int cols = 0;
                        for (Row r : s) {
                            cols = Math.max(cols, r.getLastCellNum());
                        }
                        sheets.add(new int[] {s.getLastRowNum() + 1, cols});
                    }
                    shapes.add(new Shape(true, 0, sheets));
                }
            } else {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.get(i)))) {
                    List<int[]> tables = new ArrayList<>();
                    for (XWPFTable t : doc.getTables()) {
                        tables.add(new int[] {t.getNumberOfRows(), t.getRow(0).getTableCells().size()});
                    }
                    shapes.add(new Shape(false, doc.getParagraphs().size(), tables));
                }
            }
        }
        return shapes;
    }

    static void writeBare(List<Shape> shapes) throws IOException {
        String line = "Năm 2019, phong trào thi đua của khối được triển khai đồng bộ, hiệu quả ở các lĩnh vực.";
        for (Shape shape : shapes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (shape.excel()) {
                try (XSSFWorkbook wb = new XSSFWorkbook()) {
                    for (int[] size : shape.tables()) {
                        Sheet s = wb.createSheet();
                        for (int r = 0; r < size[0]; r++) {
                            Row row = s.createRow(r);
                            for (int c = 0; c < size[1]; c++) {
                                row.createCell(c).setCellValue(r * 1.5 + c);
                            }
                        }
                    }
                    wb.write(out);
                }
            } else {
                try (XWPFDocument doc = new XWPFDocument()) {
                    for (int p = 0; p < shape.paragraphs(); p++) {
                        doc.createParagraph().createRun().setText(line);
                    }
                    for (int[] size : shape.tables()) {
                        XWPFTable t = doc.createTable(size[0], size[1]);
                        for (int r = 0; r < size[0]; r++) {
                            for (int c = 0; c < size[1]; c++) {
                                t.getRow(r).getCell(c).setText("Sở Công Thương " + r);
                            }
                        }
                    }
                    doc.write(out);
                }
            }
        }
    }

    // ---- a generated 15-unit year

    static Pack generatedYear() {
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            units.add("Sở số " + i + " của khối thi đua");
        }
        DocumentHeader header = new DocumentHeader("UBND TỈNH MẪU", "KHỐI THI ĐUA MẪU", "01/BB-KTĐ", "Hải Dương",
                LocalDate.of(2019, 12, 11));
        Signature head = new Signature("TRƯỞNG BAN KIỂM PHIẾU", "Nguyễn Văn A");
        List<MinutesData> minutes = new ArrayList<>();
        String[] titles = {"Cờ thi đua của Chính phủ", "Cờ thi đua của UBND tỉnh", "Bằng khen của UBND tỉnh"};
        for (String title : titles) {
            List<MinutesData.CandidateRow> rows = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                int votes = (i * 7) % UNITS;
                rows.add(new MinutesData.CandidateRow(i + 1, units.get(i), votes, percent(votes, UNITS),
                        votes > UNITS / 2 ? "Được suy tôn" : "Không đạt", ""));
            }
            minutes.add(new MinutesData(header, title, "Khối thi đua mẫu", 2019, LocalDateTime.of(2019, 12, 11, 9, 0),
                    List.of(new MinutesData.CommitteeMember("Nguyễn Văn A", MinutesData.CommitteeRole.HEAD),
                            new MinutesData.CommitteeMember("Trần Thị B", MinutesData.CommitteeRole.MEMBER)),
                    "Bỏ phiếu kín.", new MinutesData.BallotCounts(UNITS, UNITS, UNITS, 0, List.of()),
                    new MinutesData.ElectionSettings(1, "trên 50%", "số phiếu hợp lệ"), rows,
                    new MinutesData.Runoff("Hai đơn vị bằng phiếu.", "Đơn vị thứ nhất được suy tôn."),
                    "ab".repeat(32), LocalDateTime.of(2019, 12, 11, 10, 0),
                    List.of(head, new Signature("THÀNH VIÊN", "Trần Thị B"))));
        }
        ProposalData proposal = new ProposalData(header, "Hội đồng Thi đua – Khen thưởng tỉnh", "Khối thi đua mẫu",
                2019, LocalDate.of(2019, 12, 11), Arrays.stream(titles).map(t -> new ProposalData.ProposedTitle(t,
                        List.of(new ProposalData.ProposedUnit(units.get(0), 12, percent(12, UNITS), UNITS)))).toList(),
                head, List.of("Như trên", "Lưu: VT"));
        List<YearReportData.IndicatorSection> sectors = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            List<IndicatorRow> rows = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                rows.add(IndicatorRow.of("Chỉ tiêu " + s + "." + r, "tỷ đồng", BigDecimal.valueOf(1000L * r),
                        BigDecimal.valueOf(1085L * r), BigDecimal.valueOf(950L * r)));
            }
            sectors.add(new YearReportData.IndicatorSection("Lĩnh vực " + s, rows));
        }
        List<YearReportData.ScoreRow> board = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            board.add(new YearReportData.ScoreRow(i + 1, units.get(i), BigDecimal.valueOf(99 - i),
                    "Hoàn thành xuất sắc nhiệm vụ"));
        }
        YearReportData report = new YearReportData(header, "Khối thi đua mẫu", 2019,
                List.of("Đoạn thứ nhất của báo cáo.", "Đoạn thứ hai của báo cáo.", "Đoạn thứ ba."), sectors, board,
                Arrays.stream(titles).map(t -> new YearReportData.ElectionResult(t, List.of(units.get(0)))).toList(),
                units.get(1), units.get(2), head, List.of("Lưu: VT"));
        return new Pack(minutes, proposal, report, workbook(units, sectors, minutes));
    }

    private static WorkbookData workbook(List<String> units, List<YearReportData.IndicatorSection> sectors,
                                         List<MinutesData> minutes) {
        List<WorkbookData.Criterion> criteria = new ArrayList<>();
        for (int c = 1; c <= 10; c++) {
            criteria.add(new WorkbookData.Criterion("1." + c, "Tiêu chí " + c, BigDecimal.TEN,
                    WorkbookData.CriterionKind.REGULAR));
        }
        criteria.add(new WorkbookData.Criterion("T", "Điểm thưởng", BigDecimal.valueOf(5), WorkbookData.CriterionKind.BONUS));
        criteria.add(new WorkbookData.Criterion("D", "Điểm trừ", BigDecimal.valueOf(5), WorkbookData.CriterionKind.DEDUCTION));
        List<WorkbookData.WorkbookUnit> wbUnits = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (WorkbookData.Criterion c : criteria) {
                scores.put(c.code(), BigDecimal.valueOf(8 + (u + c.code().length()) % 3));
            }
            wbUnits.add(new WorkbookData.WorkbookUnit("U" + u, units.get(u), scores));
        }
        List<WorkbookData.UnitIndicators> indicators = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            indicators.add(new WorkbookData.UnitIndicators(units.get(u), sectors.get(u % sectors.size()).rows()));
        }
        return new WorkbookData("Khối thi đua mẫu", 2019, wbUnits, List.of(
                new WorkbookData.CriterionGroup("I. Nhiệm vụ", criteria.subList(0, 5)),
                new WorkbookData.CriterionGroup("II. Thi đua", criteria.subList(5, 12))),
                new WorkbookData.ClassificationBands(new WorkbookData.Band(BigDecimal.valueOf(90), BigDecimal.valueOf(85)),
                        new WorkbookData.Band(BigDecimal.valueOf(80), BigDecimal.valueOf(80)),
                        new WorkbookData.Band(BigDecimal.valueOf(70), BigDecimal.valueOf(70))),
                indicators, minutes.stream().map(m -> new WorkbookData.ElectionSheet(m.electionTitle(), 1, 1,
                        new WorkbookData.Papers(UNITS, UNITS, UNITS, 0, UNITS), "trên 50% số phiếu hợp lệ",
                        m.candidates().stream().map(c -> new WorkbookData.ElectionRow(c.unitName(), c.votes(),
                                c.percent(), c.result())).toList())).toList());
    }

    private static BigDecimal percent(int votes, int of) {
        return BigDecimal.valueOf(100L * votes).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }
}
