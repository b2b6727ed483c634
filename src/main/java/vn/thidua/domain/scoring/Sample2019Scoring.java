package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring table and bloc scores of the 2019 sample (bloc KTN). The conference report gives
 * neither: the table is typical of a provincial bloc and the scores are illustrative, chosen so
 * that the scoreboard keeps what was announced, 7 units excellent and 1 good.
 */
public final class Sample2019Scoring {

    public static final String NOTE = "Điểm minh họa";

    private static final String BONUS_CODE = "6.1";
    private static final String DEDUCTION_CODE = "6.2";

    /** Bloc scores per unit: the 13 regular criteria in table order, then bonus, then deduction. */
    private static final List<String> ROWS = List.of(
            "GTVT   19.5 9.5 9.5  7.5 6.5  7.5 5.5 5.5  7   4   4    5   5    2   0",
            "CT     19   9.5 9    7.5 6.5  7.5 5.5 5.5  6.5 4   3.5  5   5    2   0",
            "NNPTNT 19   9   9    7   6.5  7.5 5.5 5.5  6.5 4   3.5  5   4.5  0.5 0",
            "TNMT   18.5 9   9    7   6    7   5.5 5.5  6.5 3.5 3.5  5   5    2   0",
            "XD     18.5 9   8.5  7   6    7   5.5 5.5  6.5 3.5 3.5  4.5 4.5  2   0",
            "KHCN   17.5 8.5 8.5  6.5 6    7   5   5    6   3.5 3.5  4.5 4.5  1   0",
            "TTTT   19   9   9    7.5 7    7   5.5 5.5  6.5 3.5 3.5  4.5 4.5  1   1",
            "BQLKCN 19   9   9    7   6    7   5.5 5.5  6.5 3.5 3.5  5   4.5  1.5 0");

    private Sample2019Scoring() {
    }

    /** The member units' codes, in the order the report names them. */
    public static List<String> unitCodes() {
        return ROWS.stream().map(row -> row.split("\\s+")[0]).toList();
    }

    /** 100 points of regular criteria in five groups, plus one bonus and one deduction line. */
    public static ScoringTable table() {
        List<CriterionGroup> groups = List.of(
                new CriterionGroup("I", "Thực hiện nhiệm vụ chính trị, chuyên môn", 1),
                new CriterionGroup("II", "Cải cách hành chính", 2),
                new CriterionGroup("III", "Công tác thi đua, khen thưởng", 3),
                new CriterionGroup("IV", "Xây dựng Đảng và đoàn thể", 4),
                new CriterionGroup("V", "Công tác khối", 5),
                new CriterionGroup("VI", "Điểm thưởng, điểm trừ", 6));
        List<Criterion> criteria = List.of(
                regular(1, "I", "1.1", "Hoàn thành các chỉ tiêu, nhiệm vụ kế hoạch năm UBND tỉnh giao", "20"),
                regular(2, "I", "1.2", "Triển khai các chương trình, đề án trọng tâm của ngành", "10"),
                regular(3, "I", "1.3", "Quản lý nhà nước, thanh tra, kiểm tra thuộc lĩnh vực được giao", "10"),
                regular(4, "II", "2.1", "Cải cách thủ tục hành chính, cơ chế một cửa, dịch vụ công trực tuyến", "8"),
                regular(5, "II", "2.2", "Ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử", "7"),
                regular(6, "III", "3.1", "Tổ chức phát động, triển khai các phong trào thi đua", "8"),
                regular(7, "III", "3.2", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", "6"),
                regular(8, "III", "3.3", "Công tác khen thưởng đúng quy định, kịp thời", "6"),
                regular(9, "IV", "4.1", "Xây dựng tổ chức đảng trong sạch, vững mạnh", "7"),
                regular(10, "IV", "4.2", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "4"),
                regular(11, "IV", "4.3", "Hoạt động của Công đoàn, Đoàn Thanh niên; công tác từ thiện, xã hội", "4"),
                regular(12, "V", "5.1", "Tham gia đầy đủ các hoạt động chung của khối", "5"),
                regular(13, "V", "5.2", "Gửi báo cáo, hồ sơ thi đua đầy đủ, đúng hạn", "5"),
                new Criterion(14, "VI", BONUS_CODE, "+ Điểm thưởng (sáng kiến, mô hình mới, khen thưởng cấp trên)",
                        new BigDecimal("10"), CriterionKind.BONUS, 1),
                new Criterion(15, "VI", DEDUCTION_CODE, "− Điểm trừ (vi phạm, để xảy ra sai sót, chậm báo cáo)",
                        new BigDecimal("10"), CriterionKind.DEDUCTION, 2));
        return new ScoringTable(groups, criteria);
    }

    /** Bloc scores of every unit on every line; the self scores agree with them. */
    public static List<ScoreSeed> scores() {
        List<String> codes = table().criteria().stream().map(Criterion::code).toList();
        List<ScoreSeed> seeds = new ArrayList<>();
        for (String row : ROWS) {
            String[] cells = row.trim().split("\\s+");
            if (cells.length != codes.size() + 1) {
                throw new IllegalStateException("sample row of " + cells[0] + " does not match the table");
            }
            for (int i = 0; i < codes.size(); i++) {
                BigDecimal value = new BigDecimal(cells[i + 1]);
                seeds.add(new ScoreSeed(cells[0], codes.get(i), value, value, NOTE));
            }
        }
        return List.copyOf(seeds);
    }

    private static Criterion regular(long id, String group, String code, String name, String max) {
        return new Criterion(id, group, code, name, new BigDecimal(max), CriterionKind.REGULAR,
                Integer.parseInt(code.substring(code.indexOf('.') + 1)));
    }
}
