package vn.thidua.app;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.ScoreRules;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;
import vn.thidua.domain.workbook.ImportSheets.Cell;

/**
 * Reads the cells of an import workbook as typed values (text, codes, numbers, whole numbers, dates,
 * yes/no), collecting a problem for every cell it cannot take, with the cell's sheet, row and column
 * (message keys {@code import.*}, whose first three arguments are the sheet, the row and the column).
 * A value that cannot be taken is answered with null; the problem says why.
 */
final class CellReader {

    /** Where a value sits. {@code row} 0 means the sheet as a whole. */
    record Loc(String sheet, int row, String column) {
    }

    static final int CODE_LENGTH = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    static Problem at(Loc loc, String key, Object... args) {
        Object[] all = new Object[args.length + 3];
        all[0] = loc.sheet();
        all[1] = loc.row();
        all[2] = loc.column();
        System.arraycopy(args, 0, all, 3, args.length);
        return Problem.of(loc.sheet(), key, all);
    }

    void problem(Loc loc, String key, Object... args) {
        problems.add(at(loc, key, args));
    }

    /** A cell's text as shown: letters composed (NFC), spaces trimmed; "" for a blank. */
    static String plainText(Cell cell) {
        String raw;
        if (cell instanceof ImportSheets.Text t) {
            raw = t.value();
        } else if (cell instanceof ImportSheets.Number n) {
            raw = n.value().toPlainString();
        } else if (cell instanceof ImportSheets.Date d) {
            raw = VnFormat.formatDate(d.value());
        } else if (cell instanceof ImportSheets.Bool b) {
            raw = b.value() ? "TRUE" : "FALSE";
        } else {
            raw = "";
        }
        return Normalizer.normalize(raw.replace('\u00A0', ' '), Normalizer.Form.NFC).strip();
    }

    /** Nothing to read: an empty cell, or one of spaces only. */
    static boolean blank(Cell cell) {
        return cell instanceof ImportSheets.Blank || (!(cell instanceof ImportSheets.Error)
                && !(cell instanceof ImportSheets.Uncomputed) && plainText(cell).isEmpty());
    }

    /** An error or an uncomputed formula has no value to take; says so and answers true. */
    private boolean noValue(Cell cell, Loc loc) {
        if (cell instanceof ImportSheets.Error e) {
            problem(loc, "import.cell.error", e.code());
            return true;
        }
        if (cell instanceof ImportSheets.Uncomputed f) {
            problem(loc, "import.cell.formula", f.formula());
            return true;
        }
        return false;
    }

    String text(Cell cell, Loc loc, boolean required, int maxLength) {
        if (noValue(cell, loc)) {
            return null;
        }
        String text = plainText(cell);
        if (text.isEmpty()) {
            if (required) {
                problem(loc, "import.cell.required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            problem(loc, "import.text.tooLong", maxLength, text.length());
            return null;
        }
        return text;
    }

    /** A code of the bloc or of a unit: upper case letters without accents, digits, - and _. */
    String code(Cell cell, Loc loc, boolean required) {
        String text = text(cell, loc, required, 100);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.length() > CODE_LENGTH) {
            problem(loc, "import.text.tooLong", CODE_LENGTH, code.length());
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            problem(loc, "import.code.chars", text);
            return null;
        }
        return code;
    }


    /**
     * A criterion's points: at most two decimals, not negative, and not above the criterion's maximum when the
     * criterion is known; null when the cell is empty or refused (the problem then says why).
     */
    BigDecimal points(Cell cell, Loc loc, Criterion criterion) {
        BigDecimal value = number(cell, loc, false, 2, false, TableCheck.POINTS_LIMIT);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problem(loc, "import.score.negative", VnFormat.formatNumber(value));
            return null;
        }
        if (criterion != null && ScoreRules.check(criterion, value).isPresent()) {
            problem(loc, "import.score.aboveMax", VnFormat.formatNumber(value), VnFormat.formatNumber(criterion.max()),
                    criterion.code());
            return null;
        }
        return value;
    }

    /**
     * A number, from a numeric cell or from text written the Vietnamese way.
     *
     * @param percentAllowed "85%" (text, or a cell Excel shows as a percentage) is taken as 85
     * @param limit          the value's absolute size must stay below it
     */
    BigDecimal number(Cell cell, Loc loc, boolean required, int decimals, boolean percentAllowed, BigDecimal limit) {
        if (noValue(cell, loc)) {
            return null;
        }
        BigDecimal value;
        boolean percent;
        if (blank(cell)) {
            if (required) {
                problem(loc, "import.cell.required");
            }
            return null;
        } else if (cell instanceof ImportSheets.Number n) {
            percent = n.percent();
            value = percent ? n.value().multiply(HUNDRED) : n.value();
        } else if (cell instanceof ImportSheets.Date d) {
            problem(loc, "import.cell.date", VnFormat.formatDate(d.value()));
            return null;
        } else {
            String text = plainText(cell);
            ParseResult parsed = VnFormat.parseNumber(text);
            if (parsed instanceof ParseResult.Refused r) {
                problem(loc, "import." + r.key().replace(".error.", "."), text);
                return null;
            }
            ParseResult.Ok ok = (ParseResult.Ok) parsed;
            value = ok.value();
            percent = ok.wasPercent();
        }
        if (percent && !percentAllowed) {
            problem(loc, "import.number.percent", VnFormat.formatNumber(value) + "%");
            return null;
        }
        value = value.stripTrailingZeros();
        if (value.abs().compareTo(limit) >= 0) {
            problem(loc, "import.number.tooBig", VnFormat.formatNumber(value));
            return null;
        }
        if (Math.max(0, value.scale()) > decimals) {
            problem(loc, "import.number.decimals", VnFormat.formatNumber(value), decimals);
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    Integer integer(Cell cell, Loc loc, boolean required) {
        BigDecimal value = number(cell, loc, required, 8, false, new BigDecimal("1E9"));
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            // A year or an order: written without a thousands dot, as it was typed (2024,5).
            problem(loc, "import.integer", value.toPlainString().replace('.', ','));
            return null;
        }
        return value.intValueExact();
    }

    LocalDate date(Cell cell, Loc loc) {
        if (noValue(cell, loc) || blank(cell)) {
            return null;
        }
        if (cell instanceof ImportSheets.Date d) {
            return d.value();
        }
        String text = plainText(cell);
        try {
            if (cell instanceof ImportSheets.Text) {
                return LocalDate.parse(text, DATE);
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        problem(loc, "import.date.unreadable", text);
        return null;
    }

    Boolean yesNo(Cell cell, Loc loc) {
        if (noValue(cell, loc) || blank(cell)) {
            return null;
        }
        if (cell instanceof ImportSheets.Bool b) {
            return b.value();
        }
        String text = plainText(cell);
        if (same(text, ImportLayout.YES)) {
            return true;
        }
        if (same(text, ImportLayout.NO)) {
            return false;
        }
        problem(loc, "import.bool.unreadable", text);
        return null;
    }

    /** Equal as a person reading them would say: same letters, whatever the case and spacing. */
    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replace('\u00A0', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Texts.VIETNAMESE);
    }

    /** A code as compared: upper case. */
    static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A, B, … Z, AA, AB … as Excel names columns. */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }
}
