package vn.thidua.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The machine-facing CSV of the command line: UTF-8, a header row, {@code \n} line ends, '.' as
 * decimal point, a cell quoted only when it holds a comma, a quote or a line break (RFC 4180).
 */
final class Csv {

    private Csv() {
    }

    static void row(PrintWriter out, Object... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells[i]));
        }
        out.print(sb.append('\n'));
    }

    /** Two decimals, half up, never in exponent form: 98.5 → "98.50". */
    static String decimal2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
