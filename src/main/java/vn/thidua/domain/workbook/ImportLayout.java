package vn.thidua.domain.workbook;

import java.util.List;
import java.util.Optional;

/**
 * The import workbook's sheets and columns: a public contract (docs/import-workbook.md), read by
 * {@code thidua import} and written by {@code thidua template} and {@code thidua export}. Names are
 * Vietnamese whatever the program's language: they are what the units see in Excel.
 */
public final class ImportLayout {

    public static final String INSTRUCTIONS = "Hướng dẫn";
    public static final String BLOC = "Khối";
    public static final String UNITS = "Đơn vị";
    public static final String GROUPS = "Nhóm tiêu chí";
    public static final String CRITERIA = "Bảng tiêu chí";
    public static final String BANDS = "Mức xếp loại";
    public static final String SCORES = "Điểm";
    public static final String INDICATORS = "Chỉ tiêu";
    public static final String LEGAL_BASIS = "Căn cứ";
    public static final String PLANS = "Phương hướng năm sau";
    public static final String TASKS = "Nhiệm vụ trọng tâm";

    // Sheet Khối: one item a row.
    public static final String ITEM = "Mục";
    public static final String VALUE = "Giá trị";
    public static final String HOW = "Cách ghi";
    public static final String BLOC_CODE = "Mã khối";
    public static final String BLOC_NAME = "Tên khối";
    public static final String YEAR = "Năm";
    public static final String CONFERENCE_DATE = "Ngày hội nghị";
    public static final String PLACE = "Địa điểm";
    public static final String SUPERIOR = "Cơ quan cấp trên";
    public static final String COUNTING_HEAD = "Trưởng ban kiểm phiếu";
    public static final String COUNTING_MEMBERS = "Thành viên ban kiểm phiếu";
    public static final String SIGNER = "Người ký (Trưởng khối)";
    public static final String HEAD = "Trưởng khối";
    public static final String DEPUTY = "Phó khối";

    // Columns shared by several sheets.
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String GROUP_CODE = "Mã nhóm";
    public static final String CRITERION_CODE = "Mã tiêu chí";
    public static final String ORDER = "Thứ tự";
    public static final String NOTE = "Ghi chú";

    public static final String FULL_NAME = "Tên đầy đủ";
    public static final String SHORT_NAME = "Tên viết tắt";
    public static final String ACTIVE = "Còn hoạt động";
    public static final String GROUP_NAME = "Tên nhóm";
    public static final String CRITERION_NAME = "Tên tiêu chí";
    public static final String MAX = "Điểm tối đa";
    public static final String KIND = "Loại";
    public static final String CLASSIFICATION = "Xếp loại";
    public static final String MIN_TOTAL = "Tổng điểm từ";
    public static final String MIN_PERCENT = "Mỗi tiêu chí đạt từ (% điểm tối đa)";
    public static final String SELF = "Điểm tự chấm";
    public static final String BLOC_SCORE = "Điểm khối";
    public static final String INDICATOR_NAME = "Tên chỉ tiêu";
    public static final String MEASURE = "Đơn vị tính";
    public static final String PLAN = "Kế hoạch";
    public static final String ACTUAL = "Thực hiện";
    public static final String PREVIOUS = "Cùng kỳ năm trước";
    /** The one column of the sheets of text lines (Căn cứ, Phương hướng năm sau, Nhiệm vụ trọng tâm). */
    public static final String LINE = "Nội dung";

    public static final String YES = "Có";
    public static final String NO = "Không";
    public static final String KIND_REGULAR = "Tiêu chí";
    public static final String KIND_BONUS = "Điểm thưởng";
    public static final String KIND_DEDUCTION = "Điểm trừ";
    public static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
    public static final String GOOD = "Hoàn thành tốt nhiệm vụ";
    public static final String COMPLETED = "Hoàn thành nhiệm vụ";

    /** What a cell holds, for its style and for the instructions. */
    public enum Type {
        /** Text; also a code typed like a number ("1.1"), so the column is formatted as text. */
        TEXT,
        CODE,
        NUMBER,
        INTEGER,
        DATE
    }

    /**
     * @param required a row without a value here is refused
     * @param optional the whole column may be left out of the sheet
     */
    public record Column(String header, Type type, boolean required, boolean optional, int width, String help) {
    }

    /** A sheet of rows under one header row. */
    public record Sheet(String name, String purpose, List<Column> columns) {

        public Optional<Column> column(String header) {
            return columns.stream().filter(c -> c.header().equals(header)).findFirst();
        }
    }

    /** A row of sheet Khối. */
    public record Item(String label, Type type, boolean required, String help) {
    }

    public static final List<Item> BLOC_ITEMS = List.of(
            new Item(BLOC_CODE, Type.CODE, true, "Bắt buộc. Chữ cái không dấu, chữ số, gạch ngang, gạch dưới; "
                    + "tối đa 20 ký tự, ví dụ KTN. Chưa có khối mã này thì khối được tạo mới."),
            new Item(BLOC_NAME, Type.TEXT, true, "Bắt buộc, ví dụ Khối thi đua Kinh tế ngành. Khối đã có thì giữ tên đã lưu."),
            new Item(YEAR, Type.INTEGER, true, "Bắt buộc: năm thi đua, từ 2000 đến 2100, ví dụ 2019."),
            new Item(CONFERENCE_DATE, Type.DATE, false, "Ngày hội nghị tổng kết, dạng ngày/tháng/năm, ví dụ 11/12/2019; "
                    + "thuộc năm thi đua hoặc năm liền kề. Có thể để trống."),
            new Item(PLACE, Type.TEXT, false, "Địa danh ghi trước ngày tháng trên văn bản, ví dụ Hải Dương. Có thể để trống."),
            new Item(SUPERIOR, Type.TEXT, false, "Cơ quan cấp trên ghi trên tên khối, ví dụ UBND TỈNH HẢI DƯƠNG. "
                    + "Có thể để trống."),
            new Item(HEAD, Type.CODE, false, "Mã đơn vị Trưởng khối của năm (một mã ở sheet Đơn vị). Có thể để trống."),
            new Item(DEPUTY, Type.CODE, false, "Mã đơn vị Phó khối của năm, khác Trưởng khối. Có thể để trống."),
            new Item(COUNTING_HEAD, Type.TEXT, false, "Họ và tên Trưởng ban kiểm phiếu, in trong biên bản kiểm phiếu. "
                    + "Có thể để trống (in dòng chấm để viết tay)."),
            new Item(COUNTING_MEMBERS, Type.TEXT, false, "Họ và tên các thành viên ban kiểm phiếu, cách nhau bằng dấu "
                    + "phẩy, ví dụ Trần Thị Bình, Lê Văn Cường. Có thể để trống."),
            new Item(SIGNER, Type.TEXT, false, "Họ và tên người ký tờ trình và báo cáo tổng kết thay mặt khối, ví dụ "
                    + "Đặng Trọng Thắng. Có thể để trống."));

    /**
     * The row of sheet Khối that makes a workbook one unit's return (thidua template --unit): its value is
     * the unit's code, then a dash and its name. Not in {@link #BLOC_ITEMS}: a bloc workbook has no such row.
     */
    public static final String RETURN_UNIT = "Đơn vị";
    public static final Item RETURN_UNIT_ITEM = new Item(RETURN_UNIT, Type.TEXT, false, "Chỉ có ở tệp của một đơn vị "
            + "(thidua template --unit): mã đơn vị gửi tệp, gạch ngang, tên đơn vị, ví dụ CT – Sở Công Thương. Không "
            + "sửa dòng này. Tệp của một đơn vị chỉ nhập điểm tự chấm (cột Điểm khối để trống) và chỉ tiêu của đơn vị đó.");

    public static final Sheet BLOC_SHEET = new Sheet(BLOC, "Khối thi đua, năm thi đua, hội nghị tổng kết, Trưởng và "
            + "Phó khối, ban kiểm phiếu và người ký: mỗi dòng một mục, ghi ở cột Giá trị. Không đổi chữ ở cột Mục.", List.of(
            new Column(ITEM, Type.TEXT, true, false, 27, "Tên mục, giữ nguyên như tệp mẫu."),
            new Column(VALUE, Type.TEXT, false, false, 50, "Giá trị của mục."),
            new Column(HOW, Type.TEXT, false, true, 90, "Cách ghi (chỉ để đọc, khi nhập không dùng).")));

    public static final Sheet UNITS_SHEET = new Sheet(UNITS, "Các đơn vị thành viên của khối trong năm, mỗi dòng một "
            + "đơn vị. Đơn vị chưa có trong khối được tạo mới; đơn vị đã có (cùng mã) giữ tên đã lưu.", List.of(
            new Column(UNIT_CODE, Type.CODE, true, false, 14, "Bắt buộc, không trùng. Chữ cái không dấu, chữ số, gạch "
                    + "ngang, gạch dưới; tối đa 20 ký tự, ví dụ GTVT."),
            new Column(FULL_NAME, Type.TEXT, true, false, 45, "Bắt buộc, ví dụ Sở Giao thông Vận tải."),
            new Column(SHORT_NAME, Type.TEXT, false, true, 20, "Tên ngắn khi chỗ hẹp, ví dụ Sở GTVT. Có thể để trống."),
            new Column(ACTIVE, Type.TEXT, false, true, 16, "Có hoặc Không; để trống là Có. Đơn vị Không sẽ không được "
                    + "chép sang năm sau và không làm Trưởng/Phó khối được.")));

    public static final Sheet GROUPS_SHEET = new Sheet(GROUPS, "Các nhóm (phần) của bảng tiêu chí chấm điểm, mỗi dòng "
            + "một nhóm.", List.of(
            new Column(GROUP_CODE, Type.CODE, true, false, 12, "Bắt buộc, không trùng, tối đa 20 ký tự, ví dụ I, II."),
            new Column(GROUP_NAME, Type.TEXT, true, false, 50, "Bắt buộc, ví dụ Cải cách hành chính."),
            new Column(ORDER, Type.INTEGER, false, true, 10, "Số nguyên; nhóm xếp theo thứ tự này. Để trống là thứ tự "
                    + "dòng trong sheet.")));

    public static final Sheet CRITERIA_SHEET = new Sheet(CRITERIA, "Các tiêu chí chấm điểm, mỗi dòng một tiêu chí, "
            + "kể cả các dòng điểm thưởng và điểm trừ.", List.of(
            new Column(GROUP_CODE, Type.CODE, true, false, 12, "Bắt buộc: mã một nhóm ở sheet Nhóm tiêu chí."),
            new Column(CRITERION_CODE, Type.CODE, true, false, 14, "Bắt buộc, không trùng, tối đa 20 ký tự, ví dụ 1.1 "
                    + "(cột định dạng chữ nên 1.10 không thành 1.1)."),
            new Column(CRITERION_NAME, Type.TEXT, true, false, 60, "Bắt buộc."),
            new Column(MAX, Type.NUMBER, true, false, 12, "Bắt buộc: lớn hơn 0, không quá 1.000, tối đa 2 chữ số thập "
                    + "phân, ví dụ 20 hoặc 7,5."),
            new Column(KIND, Type.TEXT, false, true, 14, "Tiêu chí, Điểm thưởng hoặc Điểm trừ; để trống là Tiêu chí. "
                    + "Điểm thưởng được cộng, điểm trừ bị trừ vào tổng điểm."),
            new Column(ORDER, Type.INTEGER, false, true, 10, "Số nguyên; thứ tự trong nhóm. Để trống là thứ tự dòng.")));

    public static final Sheet BANDS_SHEET = new Sheet(BANDS, "Mức xếp loại của năm: ba dòng, mỗi dòng một mức. Đơn vị "
            + "được xếp mức cao nhất mà tổng điểm và mọi tiêu chí (không kể điểm thưởng, điểm trừ) đều đạt; không đạt "
            + "mức nào là Không hoàn thành nhiệm vụ.", List.of(
            new Column(CLASSIFICATION, Type.TEXT, true, false, 34, "Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm "
                    + "vụ, Hoàn thành nhiệm vụ: mỗi mức đúng một dòng."),
            new Column(MIN_TOTAL, Type.NUMBER, true, false, 14, "Bắt buộc: tổng điểm tối thiểu, ví dụ 90; mức dưới "
                    + "phải thấp hơn mức trên."),
            new Column(MIN_PERCENT, Type.NUMBER, true, false, 24, "Bắt buộc: mỗi tiêu chí phải đạt ít nhất từng này "
                    + "phần trăm điểm tối đa của nó, từ 0 đến 100, ví dụ 85 (hoặc 85%).")));

    public static final Sheet SCORES_SHEET = new Sheet(SCORES, "Điểm của từng đơn vị theo từng tiêu chí, mỗi dòng một "
            + "cặp đơn vị – tiêu chí. Điểm khối là điểm cuối cùng; chưa có điểm khối thì điểm tự chấm được tính tạm.",
            List.of(
                    new Column(UNIT_CODE, Type.CODE, true, false, 14, "Bắt buộc: mã một đơn vị ở sheet Đơn vị."),
                    new Column(CRITERION_CODE, Type.CODE, true, false, 14, "Bắt buộc: mã một tiêu chí ở sheet Bảng "
                            + "tiêu chí. Mỗi cặp đơn vị – tiêu chí chỉ một dòng."),
                    new Column(SELF, Type.NUMBER, false, false, 14, "Điểm đơn vị tự chấm: từ 0 đến điểm tối đa của tiêu "
                            + "chí, tối đa 2 chữ số thập phân. Có thể để trống."),
                    new Column(BLOC_SCORE, Type.NUMBER, false, false, 14, "Điểm khối chấm (chấm chéo), cùng giới hạn. "
                            + "Có thể để trống."),
                    new Column(NOTE, Type.TEXT, false, true, 40, "Có thể để trống.")));

    public static final Sheet INDICATORS_SHEET = new Sheet(INDICATORS, "Chỉ tiêu chủ yếu của từng đơn vị, mỗi dòng "
            + "một chỉ tiêu; các chỉ tiêu của một đơn vị giữ thứ tự các dòng.", List.of(
            new Column(UNIT_CODE, Type.CODE, true, false, 14, "Bắt buộc: mã một đơn vị ở sheet Đơn vị."),
            new Column(INDICATOR_NAME, Type.TEXT, true, false, 50, "Bắt buộc, ví dụ Giá trị sản xuất công nghiệp."),
            new Column(MEASURE, Type.TEXT, false, false, 14, "Ví dụ tỷ đồng, triệu USD, %, dự án, xã. Tối đa 60 ký tự."),
            new Column(PLAN, Type.NUMBER, false, false, 14, "Kế hoạch năm. Có thể để trống."),
            new Column(ACTUAL, Type.NUMBER, false, false, 14, "Thực hiện. Có thể để trống."),
            new Column(PREVIOUS, Type.NUMBER, false, false, 16, "Thực hiện cùng kỳ năm trước. Có thể để trống."),
            new Column(NOTE, Type.TEXT, false, true, 40, "Có thể để trống.")));

    public static final Sheet LEGAL_BASIS_SHEET = new Sheet(LEGAL_BASIS, "Các dòng Căn cứ mở đầu tờ trình đề nghị "
            + "khen thưởng, mỗi dòng một căn cứ, theo thứ tự in. Sheet để trống: dùng các căn cứ mặc định có hiệu lực "
            + "vào ngày hội nghị. Không có sheet này: giữ các căn cứ đã lưu của năm (năm mới: mặc định).", List.of(
            new Column(LINE, Type.TEXT, true, false, 80, "Bắt buộc ở mỗi dòng có ghi, tối đa 1.000 ký tự, ví dụ Luật "
                    + "Thi đua, khen thưởng ngày 15 tháng 6 năm 2022. Không cần ghi chữ Căn cứ ở đầu và dấu ; ở cuối; "
                    + "chỗ còn để trống ghi dấu … (in thành dòng chấm).")));

    public static final Sheet PLANS_SHEET = new Sheet(PLANS, "Phần Phương hướng, nhiệm vụ năm sau của báo cáo tổng "
            + "kết: mỗi dòng một đoạn văn, theo thứ tự in. Sheet để trống: báo cáo không có phần này (nếu cũng không có "
            + "nhiệm vụ trọng tâm). Không có sheet này: giữ nội dung đã lưu của năm.", List.of(
            new Column(LINE, Type.TEXT, true, false, 80, "Bắt buộc ở mỗi dòng có ghi, tối đa 4.000 ký tự.")));

    public static final Sheet TASKS_SHEET = new Sheet(TASKS, "Các nhiệm vụ trọng tâm năm sau, in thành danh sách "
            + "đánh số trong báo cáo tổng kết: mỗi dòng một nhiệm vụ, theo thứ tự in. Sheet để trống: không có nhiệm "
            + "vụ nào. Không có sheet này: giữ các nhiệm vụ đã lưu của năm.", List.of(
            new Column(LINE, Type.TEXT, true, false, 80, "Bắt buộc ở mỗi dòng có ghi, tối đa 1.000 ký tự, ví dụ Đẩy "
                    + "mạnh cải cách hành chính.")));

    /** The data sheets, in the workbook's order (after the instructions). */
    public static final List<Sheet> SHEETS = List.of(BLOC_SHEET, UNITS_SHEET, GROUPS_SHEET, CRITERIA_SHEET,
            BANDS_SHEET, SCORES_SHEET, INDICATORS_SHEET, LEGAL_BASIS_SHEET, PLANS_SHEET, TASKS_SHEET);

    /** The sheets an import may do without: when one is missing, what it holds stays as stored. */
    public static final List<Sheet> OPTIONAL_SHEETS = List.of(LEGAL_BASIS_SHEET, PLANS_SHEET, TASKS_SHEET);

    /** General rules, first on the instructions sheet. */
    public static final List<String> RULES = List.of(
            "Tệp này chứa dữ liệu một năm thi đua của một khối. Nhập bằng lệnh: thidua import TỆP.xlsx "
                    + "(thêm --replace để thay dữ liệu một năm đã có).",
            "Dòng 1 của mỗi sheet là tiêu đề cột: không đổi tên sheet, không đổi chữ tiêu đề. Thứ tự cột có thể đổi; "
                    + "cột thêm vào được bỏ qua. Dữ liệu ghi từ dòng 2; dòng trống được bỏ qua.",
            "Số ghi dạng số của Excel, hoặc dạng chữ kiểu Việt Nam: 108.500 (dấu chấm ngăn cách hàng nghìn), 16,3 "
                    + "(dấu phẩy thập phân). Ngày ghi dạng ngày của Excel hoặc chữ ngày/tháng/năm, ví dụ 11/12/2019.",
            "Công thức được nhận nếu tệp đã được Excel tính và lưu (giá trị đã tính được dùng); ô báo lỗi (#DIV/0!, "
                    + "#REF!…) bị từ chối.",
            "Khi nhập, chương trình kiểm tra toàn bộ tệp trước. Có lỗi thì báo mọi lỗi, mỗi lỗi ghi rõ sheet, dòng, cột, "
                    + "và không thay đổi dữ liệu nào. Không lỗi thì nhập tất cả trong một lần ghi.",
            "Năm đã có trong dữ liệu: lệnh import từ chối, trừ khi có --replace; khi đó đơn vị thành viên, Trưởng/Phó "
                    + "khối, thông tin hội nghị, bảng tiêu chí, mức xếp loại, điểm và chỉ tiêu của năm được thay bằng "
                    + "nội dung tệp. Năm đã có cuộc bầu suy tôn thì không thay (điểm và xếp loại là căn cứ của cuộc bầu).");

    private ImportLayout() {
    }

    public static Optional<Sheet> sheet(String name) {
        return SHEETS.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
