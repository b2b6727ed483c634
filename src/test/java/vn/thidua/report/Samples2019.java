package vn.thidua.report;

import static vn.thidua.app.documents.MinutesData.CommitteeRole.HEAD;
import static vn.thidua.app.documents.MinutesData.CommitteeRole.MEMBER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.app.documents.BallotPaperData;
import vn.thidua.app.documents.DocumentHeader;
import vn.thidua.app.documents.IndicatorRow;
import vn.thidua.app.documents.MinutesData.BallotCounts;
import vn.thidua.app.documents.MinutesData.CandidateRow;
import vn.thidua.app.documents.MinutesData.CommitteeMember;
import vn.thidua.app.documents.MinutesData.ElectionSettings;
import vn.thidua.app.documents.MinutesData.InvalidReason;
import vn.thidua.app.documents.MinutesData.Runoff;
import vn.thidua.app.documents.MinutesData;
import vn.thidua.app.documents.ProposalData.ProposedTitle;
import vn.thidua.app.documents.ProposalData.ProposedUnit;
import vn.thidua.app.documents.ProposalData;
import vn.thidua.app.documents.Signature;
import vn.thidua.app.documents.WorkbookData;
import vn.thidua.app.documents.YearReportData;

/**
 * The documents of the 2019 conference of "Khối thi đua Kinh tế ngành" (seed text, 11/12/2019).
 * The seed gives the counts (7 excellent + 1 good; 1 / 1 / 2 put forward) and the indicators; who
 * won what, the votes, the people's names and the plans are ILLUSTRATIVE.
 */
final class Samples2019 {

    static final String BLOC = "Khối thi đua Kinh tế ngành";
    static final String GTVT = "Sở Giao thông Vận tải";
    static final String CT = "Sở Công Thương";
    static final String NNPTNT = "Sở Nông nghiệp và Phát triển nông thôn";
    static final String TNMT = "Sở Tài nguyên và Môi trường";
    static final String XD = "Sở Xây dựng";
    static final String KHCN = "Sở Khoa học và Công nghệ";
    static final String TTTT = "Sở Thông tin và Truyền thông";
    static final String BQLKCN = "Ban Quản lý các khu công nghiệp";
    static final List<String> UNITS = List.of(GTVT, CT, NNPTNT, TNMT, XD, KHCN, TTTT, BQLKCN);

    static final LocalDate DAY = LocalDate.of(2019, 12, 11);
    static final String GOV_FLAG = "Cờ thi đua của Chính phủ";
    static final String PROVINCE_FLAG = "Cờ thi đua của UBND tỉnh";
    static final String MERIT = "Bằng khen của UBND tỉnh";
    static final String FINGERPRINT = "3f5a0c9e1b7d24c86a01f2e9d3b5c7a8e4f6019b2d3c4e5f6a7b8c9d0e1f2a3b";

    private Samples2019() {
    }

    static DocumentHeader header(String number) {
        return new DocumentHeader("UBND TỈNH HẢI DƯƠNG", "KHỐI THI ĐUA KINH TẾ NGÀNH", number, "Hải Dương", DAY);
    }

    static List<MinutesData> allMinutes() {
        return List.of(governmentFlag(), provincialFlag(), meritCertificate());
    }

    /** 1 seat, more than 50 % of valid ballots, 7 excellent units standing. */
    static MinutesData governmentFlag() {
        return minutes("01/BB-KTĐKTN", GOV_FLAG, 1, LocalDateTime.of(2019, 12, 11, 9, 15),
                List.of(GTVT, CT, NNPTNT, TNMT, XD, TTTT, BQLKCN), new int[] {6, 1, 0, 0, 0, 0, 1}, 1,
                new String[] {"Được suy tôn", "Không đạt", "Không đạt", "Không đạt", "Không đạt", "Không đạt",
                        "Không đạt"}, null, LocalDateTime.of(2019, 12, 11, 9, 30));
    }

    /** The Government flag's unit no longer stands; one ballot approved two units and is invalid. */
    static MinutesData provincialFlag() {
        return minutes("02/BB-KTĐKTN", PROVINCE_FLAG, 1, LocalDateTime.of(2019, 12, 11, 9, 40),
                List.of(CT, NNPTNT, TNMT, XD, TTTT, BQLKCN), new int[] {6, 0, 0, 0, 0, 1}, 1,
                new String[] {"Được suy tôn", "Không đạt", "Không đạt", "Không đạt", "Không đạt", "Không đạt"},
                null, LocalDateTime.of(2019, 12, 11, 9, 55));
    }

    /** 2 seats: Sở Tài nguyên và Môi trường and Sở Xây dựng tie for the second, and a runoff settles it. */
    static MinutesData meritCertificate() {
        return minutes("03/BB-KTĐKTN", MERIT, 2, LocalDateTime.of(2019, 12, 11, 10, 0),
                List.of(NNPTNT, TNMT, XD, TTTT, BQLKCN), new int[] {6, 5, 5, 0, 0}, 0,
                new String[] {"Được suy tôn", "Bằng phiếu", "Bằng phiếu", "Không đạt", "Không đạt"},
                new Runoff("Sở Tài nguyên và Môi trường và Sở Xây dựng cùng đạt 05/08 phiếu (62,5%) ở vị trí được "
                        + "suy tôn cuối cùng nên Ban kiểm phiếu tổ chức bầu lại giữa hai đơn vị cho 01 vị trí còn lại, "
                        + "cùng quy định về tỷ lệ phiếu.",
                        "Kết quả bầu lại: Sở Tài nguyên và Môi trường 06/08 phiếu (75%), Sở Xây dựng 02/08 phiếu (25%). "
                                + "Sở Tài nguyên và Môi trường được suy tôn."),
                LocalDateTime.of(2019, 12, 11, 10, 20));
    }

    private static MinutesData minutes(String number, String title, int seats, LocalDateTime at,
                                       List<String> candidates, int[] votes, int invalid, String[] results,
                                       Runoff runoff, LocalDateTime approved) {
        int valid = 8 - invalid;
        List<CandidateRow> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            BigDecimal percent = BigDecimal.valueOf(100L * votes[i]).divide(BigDecimal.valueOf(valid), 2,
                    RoundingMode.HALF_UP);
            String reason = results[i].equals("Không đạt") ? "Không đạt tỷ lệ trên 50%"
                    : results[i].equals("Bằng phiếu") ? "Bầu lại giữa các đơn vị bằng phiếu" : "";
            rows.add(new CandidateRow(i + 1, candidates.get(i), votes[i], percent, results[i], reason));
        }
        List<InvalidReason> reasons = invalid == 0 ? List.of()
                : List.of(new InvalidReason("Đồng ý quá số đơn vị được suy tôn", invalid));
        return new MinutesData(header(number), title, BLOC, 2019, at,
                List.of(new CommitteeMember("Bà Lê Thị Thu Hằng", HEAD),
                        new CommitteeMember("Ông Nguyễn Văn Hùng", MEMBER),
                        new CommitteeMember("Bà Trần Thị Mai", MEMBER)),
                "Bỏ phiếu kín; mỗi đơn vị thành viên một phiếu; đánh dấu đồng ý vào ô của đơn vị được chọn, "
                        + "không quá số đơn vị được suy tôn.",
                new BallotCounts(8, 8, valid, invalid, reasons),
                new ElectionSettings(seats, "trên 50%", "số phiếu hợp lệ"), rows, runoff, FINGERPRINT, approved,
                List.of(new Signature("TRƯỞNG BAN KIỂM PHIẾU", "Lê Thị Thu Hằng"),
                        new Signature("THÀNH VIÊN", "Nguyễn Văn Hùng"),
                        new Signature("THÀNH VIÊN", "Trần Thị Mai")));
    }

    static ProposalData proposal() {
        return new ProposalData(header("04/TTr-KTĐKTN"), "Hội đồng Thi đua – Khen thưởng tỉnh", BLOC, 2019, DAY,
                List.of(new ProposedTitle(GOV_FLAG, List.of(unit(GTVT, 6, 8))),
                        new ProposedTitle(PROVINCE_FLAG, List.of(unit(CT, 6, 7))),
                        new ProposedTitle(MERIT, List.of(unit(NNPTNT, 6, 8), unit(TNMT, 6, 8)))),
                new Signature("TRƯỞNG KHỐI\nGIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI", "Đặng Trọng Thắng"),
                List.of("Như trên", "Ban Thi đua – Khen thưởng (Sở Nội vụ)", "Các đơn vị trong khối", "Lưu: VT"));
    }

    private static ProposedUnit unit(String name, int votes, int valid) {
        return new ProposedUnit(name, votes,
                BigDecimal.valueOf(100L * votes).divide(BigDecimal.valueOf(valid), 2, RoundingMode.HALF_UP), valid);
    }

    static YearReportData yearReport() {
        return new YearReportData(header("05/BC-KTĐKTN"), BLOC, 2019, List.of(
                "Năm 2019, phong trào thi đua của khối được triển khai đồng bộ, hiệu quả ở các lĩnh vực; nội dung các "
                        + "phong trào bám sát chương trình công tác trọng tâm của UBND tỉnh và nhiệm vụ chính trị "
                        + "của từng đơn vị.",
                "Nhiệm vụ cải cách hành chính được các sở, ngành trong khối quan tâm chỉ đạo và thực hiện toàn diện "
                        + "trên 07 nội dung, tập trung vào cải cách thủ tục hành chính, giảm thời gian giải quyết.",
                "Năm 2020, các đơn vị trong khối chủ động xây dựng 10 nhiệm vụ trọng tâm, xây dựng kế hoạch cụ thể "
                        + "để phấn đấu hoàn thành trước thời hạn."),
                List.of(new YearReportData.IndicatorSection("Lĩnh vực nông nghiệp và phát triển nông thôn", List.of(
                                IndicatorRow.of("Giá trị sản xuất nông nghiệp", "tỷ đồng", bd("20200"), bd("20340"),
                                        bd("20000")),
                                IndicatorRow.of("Số xã đạt chuẩn nông thôn mới", "xã", bd("98"), bd("98"), bd("94")))),
                        new YearReportData.IndicatorSection("Lĩnh vực công thương", List.of(
                                IndicatorRow.of("Giá trị sản xuất công nghiệp", "tỷ đồng", bd("105000"), bd("108500"),
                                        bd("93293")),
                                IndicatorRow.of("Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng", "tỷ đồng",
                                        bd("25000"), bd("25580"), bd("23200")),
                                IndicatorRow.of("Giá trị xuất khẩu", "triệu USD", bd("3000"), bd("3100"),
                                        bd("2850")))),
                        new YearReportData.IndicatorSection("Các khu công nghiệp", List.of(
                                IndicatorRow.of("Dự án thu hút mới", "dự án", bd("50"), bd("54"), bd("48")),
                                IndicatorRow.of("Giá trị sản xuất công nghiệp trong các khu công nghiệp", "tỷ đồng",
                                        bd("90000"), bd("93000"), bd("84500")),
                                IndicatorRow.of("Thu ngân sách của doanh nghiệp trong khu công nghiệp", "tỷ đồng",
                                        bd("3500"), bd("3700"), bd("3350.5"))))),
                scoreboard(),
                List.of(new YearReportData.ElectionResult(GOV_FLAG, List.of(GTVT)),
                        new YearReportData.ElectionResult(PROVINCE_FLAG, List.of(CT)),
                        new YearReportData.ElectionResult(MERIT, List.of(NNPTNT, TNMT))),
                CT, NNPTNT,
                new Signature("TRƯỞNG KHỐI\nGIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI", "Đặng Trọng Thắng"),
                List.of("Ban Thi đua – Khen thưởng (Sở Nội vụ)", "Các đơn vị trong khối", "Lưu: VT"));
    }

    /** 7 excellent + 1 good, as announced; the totals are illustrative. */
    static List<YearReportData.ScoreRow> scoreboard() {
        String excellent = "Hoàn thành xuất sắc nhiệm vụ";
        return List.of(
                new YearReportData.ScoreRow(1, GTVT, bd("98.5"), excellent),
                new YearReportData.ScoreRow(2, CT, bd("97.75"), excellent),
                new YearReportData.ScoreRow(3, NNPTNT, bd("96"), excellent),
                new YearReportData.ScoreRow(4, TNMT, bd("95.5"), excellent),
                new YearReportData.ScoreRow(4, BQLKCN, bd("95.5"), excellent),
                new YearReportData.ScoreRow(6, XD, bd("94.25"), excellent),
                new YearReportData.ScoreRow(7, TTTT, bd("93"), excellent),
                new YearReportData.ScoreRow(8, KHCN, bd("86.5"), "Hoàn thành tốt nhiệm vụ"));
    }

    static final List<WorkbookData.CriterionGroup> CRITERIA = List.of(
            new WorkbookData.CriterionGroup("I. Thực hiện nhiệm vụ chính trị, chuyên môn", List.of(
                    regular("1.1", "Kết quả thực hiện các chỉ tiêu kế hoạch được giao", 20),
                    regular("1.2", "Cải cách hành chính", 10),
                    regular("1.3", "Ứng dụng công nghệ thông tin, chuyển đổi số", 10))),
            new WorkbookData.CriterionGroup("II. Công tác thi đua, khen thưởng", List.of(
                    regular("2.1", "Tổ chức các phong trào thi đua", 15),
                    regular("2.2", "Công tác khen thưởng, nhân rộng điển hình tiên tiến", 10),
                    regular("2.3", "Tham gia hoạt động của khối", 5))),
            new WorkbookData.CriterionGroup("III. Xây dựng tổ chức, chế độ báo cáo", List.of(
                    regular("3.1", "Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh", 15),
                    regular("3.2", "Thực hiện chế độ thông tin, báo cáo", 15))),
            new WorkbookData.CriterionGroup("Điểm thưởng, điểm trừ", List.of(
                    new WorkbookData.Criterion("T.1", "Sáng kiến, mô hình mới được công nhận", bd("5"),
                            WorkbookData.CriterionKind.BONUS),
                    new WorkbookData.Criterion("T.2", "Nộp báo cáo chậm, sai quy định", bd("5"),
                            WorkbookData.CriterionKind.DEDUCTION))));

    /** Bloc scores giving the totals of {@link #scoreboard()}: 1.1 … 3.2, bonus, deduction. */
    private static final String[][] SCORES = {
            {"20", "10", "9.5", "15", "9.5", "5", "14.5", "15", "0", "0"},
            {"19.5", "10", "9.5", "14.5", "9.5", "5", "14.5", "14.25", "1", "0"},
            {"19", "9.5", "9", "14.5", "9.5", "5", "14.5", "15", "0", "0"},
            {"19", "9.5", "9", "14", "9.5", "5", "14.5", "14.5", "0.5", "0"},
            {"19", "9", "9", "14", "9", "4.5", "14.75", "15", "0", "0"},
            {"17", "8.5", "8.5", "13", "8.5", "4.5", "13", "14.5", "0", "1"},
            {"18.5", "9", "9", "14", "9", "4.5", "14", "15", "0", "0"},
            {"19.5", "9.5", "9", "14.5", "9", "4.5", "14.5", "15", "0", "0"}};

    static WorkbookData workbook() {
        List<String> codes = CRITERIA.stream().flatMap(g -> g.criteria().stream())
                .map(WorkbookData.Criterion::code).toList();
        List<WorkbookData.WorkbookUnit> units = new ArrayList<>();
        for (int u = 0; u < UNITS.size(); u++) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (int c = 0; c < codes.size(); c++) {
                scores.put(codes.get(c), bd(SCORES[u][c]));
            }
            units.add(new WorkbookData.WorkbookUnit(CODES.get(u), UNITS.get(u), scores));
        }
        YearReportData report = yearReport();
        List<WorkbookData.ElectionSheet> elections = allMinutes().stream().map(m -> new WorkbookData.ElectionSheet(
                m.electionTitle(), 1, m.settings().seats(), new WorkbookData.Papers(m.ballots().issued(),
                        m.ballots().returned(), m.ballots().valid(), m.ballots().invalid(), m.ballots().valid()),
                m.settings().threshold() + " " + m.settings().base(), m.candidates().stream()
                        .map(c -> new WorkbookData.ElectionRow(c.unitName(), c.votes(), c.percent(), c.result()))
                        .toList())).toList();
        return new WorkbookData(BLOC, 2019, units, CRITERIA, BANDS, List.of(
                new WorkbookData.UnitIndicators(NNPTNT, report.sectors().get(0).rows()),
                new WorkbookData.UnitIndicators(CT, report.sectors().get(1).rows()),
                new WorkbookData.UnitIndicators(TTTT, List.of(
                        IndicatorRow.of("Văn bản quy phạm pháp luật tham mưu ban hành", "văn bản", bd("5"), bd("6"),
                                bd("4")),
                        IndicatorRow.of("Chỉ thị tham mưu ban hành", "chỉ thị", bd("2"), bd("3"), bd("2")))),
                new WorkbookData.UnitIndicators(BQLKCN, report.sectors().get(2).rows())), elections);
    }

    static final List<String> CODES = List.of("GTVT", "CT", "NNPTNT", "TNMT", "XD", "KHCN", "TTTT", "BQLKCN");

    static final WorkbookData.ClassificationBands BANDS = new WorkbookData.ClassificationBands(
            new WorkbookData.Band(bd("90"), bd("85")), new WorkbookData.Band(bd("80"), bd("80")),
            new WorkbookData.Band(bd("70"), bd("70")));

    private static WorkbookData.Criterion regular(String code, String name, int max) {
        return new WorkbookData.Criterion(code, name, BigDecimal.valueOf(max), WorkbookData.CriterionKind.REGULAR);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /**
     * Papers for {@code candidates} units (the 8 members, then invented long names beyond them), as
     * many as {@code copies}: the longest names the province has, to see what a half sheet holds.
     */
    static BallotPaperData ballotPapers(int candidates, int copies) {
        List<BallotPaperData.Choice> choices = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String name = i < UNITS.size() ? UNITS.get(i) : "Ban Quản lý Dự án đầu tư xây dựng công trình giao thông số "
                    + (i - UNITS.size() + 1);
            choices.add(new BallotPaperData.Choice(Integer.toString(i + 1), name));
        }
        return new BallotPaperData(BLOC, 2019, MERIT, 1, copies, "Đánh dấu X vào ô \u201CĐồng ý\u201D của đơn vị "
                + "được chọn; đồng ý không quá 02 đơn vị. Phiếu đồng ý quá 02 đơn vị, ghi thêm tên hoặc không có xác "
                + "nhận của Ban kiểm phiếu là phiếu không hợp lệ.", choices);
    }
}
