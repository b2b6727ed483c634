package vn.thidua.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.text.VnFormat;
import java.time.format.DateTimeParseException;

/**
 * The audit log's entries as a Vietnamese reader reads them: "Sở Xây dựng, tiêu chí 1.1: tự chấm
 * 19,5, khối chấm 19,5." instead of {@code unit=5; criterion=1; self=19.5; bloc=19.5}. Ids are
 * named from the data (units, criteria, elections, years); an entry of an action this class does
 * not know keeps its stored details, so nothing is ever lost from the printed log.
 */
final class AuditSentences {

    private final Map<Long, String> units = new HashMap<>();
    private final Map<Long, String> criteria = new HashMap<>();
    private final Map<Long, String> elections = new HashMap<>();
    private final Map<Long, String> seasons = new HashMap<>();
    private final Map<Long, String> blocs = new HashMap<>();

    AuditSentences(BlocService blocService, ScoringService scoring, ElectionService electionService) {
        for (Bloc b : blocService.blocs()) {
            blocs.put(b.id(), b.name());
            blocService.unitsOfBloc(b.id()).forEach(u -> units.put(u.id(), u.fullName()));
            for (Season s : blocService.seasons(b.id())) {
                seasons.put(s.id(), b.name() + " năm " + s.year());
                for (Criterion c : scoring.table(s).criteria()) {
                    criteria.put(c.id(), c.code());
                }
                for (StoredElection e : electionService.elections(s)) {
                    elections.put(e.id(), e.settings().isRunoff()
                            ? e.settings().title() + " (bầu lại vòng " + e.settings().round() + ")" : e.settings().title());
                }
            }
        }
    }

    /** The kind of change, in Vietnamese. */
    static String category(String category) {
        return switch (category) {
            case "bloc" -> "Khối, đơn vị";
            case "settings" -> "Thiết lập";
            case "score" -> "Chấm điểm";
            case "indicator" -> "Chỉ tiêu";
            case "election" -> "Bầu suy tôn";
            case "ballot" -> "Phiếu bầu";
            case "import" -> "Nhập tệp";
            default -> category;
        };
    }

    /** What was done, in a sentence. */
    String sentence(String action, String detail) {
        Map<String, String> d = parse(detail);
        return switch (action) {
            case "bloc.add" -> "Thêm khối " + d.get("name") + " (mã " + d.get("code") + ").";
            case "unit.add" -> "Thêm đơn vị " + d.get("name") + " (mã " + d.get("code") + ").";
            case "unit.edit" -> "Sửa đơn vị: " + d.get("name") + " (mã " + d.get("code") + ").";
            case "unit.rename" -> "Đổi tên " + named(units, d.get("unit"), "đơn vị") + " từ năm " + d.get("fromYear")
                    + " thành " + d.get("name") + (empty(d.get("short")) ? "" : " (tên ngắn " + d.get("short") + ")") + ".";
            case "unit.succession" -> "Từ năm " + d.get("fromYear") + ", " + named(units, d.get("predecessor"), "đơn vị")
                    + " có đơn vị kế tục là " + named(units, d.get("successor"), "đơn vị") + " (" + switch (String.valueOf(d.get("kind"))) {
                        case "MERGE" -> "hợp nhất";
                        case "SPLIT" -> "chia tách";
                        case "MOVE" -> "chuyển khối";
                        default -> String.valueOf(d.get("kind"));
                    } + ").";
            case "rehearsal.withoutElections" -> "Bản diễn tập: bỏ " + d.get("count") + " cuộc bầu của năm "
                    + d.get("year") + ".";
            case "unit.activate" -> "Cho " + unit(d) + " hoạt động trở lại.";
            case "unit.deactivate" -> "Ngừng theo dõi " + unit(d) + ".";
            case "member.add" -> "Thêm " + unit(d) + " vào các đơn vị thành viên của " + season(d) + ".";
            case "season.add" -> "Mở năm thi đua " + d.get("year") + " của " + named(blocs, d.get("bloc"), "khối")
                    + (empty(d.get("copiedFrom")) ? "" : ", chép thiết lập từ năm trước") + ".";
            case "season.leaders" -> season(d) + ": Trưởng khối " + named(units, d.get("head"), "đơn vị")
                    + ", Phó khối " + named(units, d.get("deputy"), "đơn vị") + ".";
            case "season.conference" -> season(d) + ": hội nghị ngày " + date(d.get("date")) + "; địa danh "
                    + orBlank(d.get("place")) + "; cơ quan cấp trên " + orBlank(d.get("superior"))
                    + "; Trưởng ban kiểm phiếu " + orBlank(d.get("countingHead")) + "; thành viên "
                    + orBlank(d.get("countingMembers")) + "; người ký " + orBlank(d.get("signer")) + ".";
            case "season.texts" -> season(d) + ": lưu " + d.get("basis") + " dòng căn cứ, " + d.get("plans")
                    + " đoạn phương hướng và " + d.get("tasks") + " nhiệm vụ năm sau.";
            case "group.save" -> season(d) + ": lưu nhóm tiêu chí " + d.get("code") + ". " + d.get("name") + ".";
            case "group.delete" -> season(d) + ": xóa nhóm tiêu chí " + d.get("code") + ".";
            case "criterion.add", "criterion.edit" -> season(d) + ": " + (action.endsWith("add") ? "thêm" : "sửa")
                    + " tiêu chí " + d.get("code") + " \u201C" + d.get("name") + "\u201D, tối đa "
                    + number(d.get("max")) + " điểm" + kind(d.get("kind")) + ".";
            case "criterion.delete" -> "Xóa tiêu chí " + named(criteria, d.get("criterion"), "tiêu chí") + ".";
            case "score.save" -> unit(d) + ", tiêu chí " + named(criteria, d.get("criterion"), "số") + ": tự chấm "
                    + orNone(number(d.get("self"))) + ", khối chấm " + orNone(number(d.get("bloc")))
                    + (empty(d.get("note")) ? "" : "; ghi chú: " + d.get("note")) + ".";
            case "bands.save" -> season(d) + ": lưu ngưỡng xếp loại (" + d.get("bands") + ").";
            case "indicator.add", "indicator.edit" -> unit(d) + ": " + (action.endsWith("add") ? "thêm" : "sửa")
                    + " chỉ tiêu \u201C" + d.get("name") + "\u201D: kế hoạch " + orNone(number(d.get("plan")))
                    + ", thực hiện " + orNone(number(d.get("actual"))) + ", cùng kỳ "
                    + orNone(number(d.get("previous"))) + ".";
            case "indicator.delete" -> "Xóa một chỉ tiêu (số " + d.get("indicator") + ").";
            case "election.open", "election.runoff" -> (action.equals("election.open") ? "Mở cuộc bầu \u201C"
                    + d.get("title") + "\u201D" : "Mở vòng bầu lại của \u201C" + named(elections, d.get("parent"),
                    "cuộc bầu") + "\u201D") + ": suy tôn " + d.get("seats") + " đơn vị, tỷ lệ "
                    + threshold(d.get("threshold")) + " " + base(d.get("base")) + "; " + d.get("issued")
                    + " phiếu phát ra.";
            case "election.close" -> "Kết thúc kiểm phiếu " + election(d) + "; mã kiểm tra (SHA-256) "
                    + d.get("fingerprint") + ".";
            case "ballot.enter" -> election(d) + ": nhập phiếu số " + d.get("ballot") + ".";
            case "ballot.import" -> election(d) + ": nhập " + d.get("count") + " phiếu từ tệp.";
            case "ballot.recheck" -> election(d) + ": nhập lần hai phiếu số " + d.get("ballot") + ".";
            case "ballot.recheck.import" -> election(d) + ": nhập lần hai " + d.get("count") + " phiếu từ tệp.";
            case "ballot.recheck.clear" -> election(d) + ": xóa lần nhập thứ hai.";
            case "ballot.correct" -> election(d) + ": sửa phiếu số " + d.get("ballot") + " từ \u201C"
                    + d.get("before") + "\u201D thành \u201C" + d.get("after") + "\u201D; lý do: " + d.get("reason") + ".";
            case "ballot.withdraw" -> election(d) + ": rút phiếu số " + d.get("ballot") + " (\u201C" + d.get("before")
                    + "\u201D); lý do: " + d.get("reason") + ".";
            case "year.import", "year.replace" -> (action.equals("year.import") ? "Nhập" : "Nhập thay")
                    + " năm " + d.get("year") + " của khối " + d.get("bloc") + " từ tệp " + d.get("file") + ": "
                    + d.get("units") + " đơn vị, " + d.get("criteria") + " tiêu chí, " + d.get("scores")
                    + " điểm, " + d.get("indicators") + " chỉ tiêu.";
            case "return.import", "return.replace" -> "Nhận tệp của " + unit(d) + " năm " + d.get("year")
                    + " (khối " + d.get("bloc") + ") từ " + d.get("file") + (action.equals("return.replace")
                    ? ", thay tệp gửi trước" : "") + ": " + d.get("scores") + " điểm tự chấm, " + d.get("indicators")
                    + " chỉ tiêu; mã SHA-256 của tệp " + d.get("fingerprint") + ".";
            default -> detail;
        };
    }

    /** The stored details, {@code key=value} pairs joined by "; " in the order written. */
    static Map<String, String> parse(String detail) {
        Map<String, String> out = new LinkedHashMap<>();
        if (detail == null) {
            return out;
        }
        for (String pair : detail.split("; ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    private String unit(Map<String, String> d) {
        return named(units, d.get("unit"), "đơn vị");
    }

    private String season(Map<String, String> d) {
        return named(seasons, d.get("season"), "năm thi đua");
    }

    private String election(Map<String, String> d) {
        return "\u201C" + named(elections, d.get("election"), "cuộc bầu") + "\u201D";
    }

    /** The name of an id, else "đơn vị số 5" (a unit since deleted, an entry of another file). */
    private static String named(Map<Long, String> names, String id, String what) {
        if (empty(id)) {
            return "(không có)";
        }
        try {
            String name = names.get(Long.parseLong(id));
            return name != null ? name : what + " số " + id;
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty() || s.equals("null");
    }

    private static String orBlank(String s) {
        return empty(s) ? "(chưa ghi)" : s;
    }

    private static String orNone(String s) {
        return empty(s) ? "(trống)" : s;
    }

    /** "19.5" as stored → "19,5"; text that is not a number stays as it is. */
    private static String number(String plain) {
        if (empty(plain)) {
            return "";
        }
        try {
            return VnFormat.formatNumber(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    private static String date(String iso) {
        if (empty(iso)) {
            return "(chưa ghi)";
        }
        try {
            return VnFormat.formatDate(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String kind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "BONUS" -> " (điểm thưởng)";
            case "DEDUCTION" -> " (điểm trừ)";
            default -> "";
        };
    }

    /** ">50" → "trên 50%", ">=70" → "từ 70% trở lên". */
    private static String threshold(String t) {
        if (empty(t)) {
            return "";
        }
        if (t.startsWith(">=")) {
            return "từ " + number(t.substring(2)) + "% trở lên so với";
        }
        return t.startsWith(">") ? "trên " + number(t.substring(1)) + "%" : t;
    }

    private static String base(String code) {
        return switch (code == null ? "" : code) {
            case "valid" -> "số phiếu hợp lệ";
            case "returned" -> "số phiếu thu về";
            case "members" -> "số đơn vị thành viên";
            default -> code == null ? "" : code;
        };
    }
}
