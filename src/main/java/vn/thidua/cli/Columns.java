package vn.thidua.cli;

import java.text.Normalizer;

/** Pads text columns by what the eye counts: letters with their accents are one character. */
final class Columns {

    private Columns() {
    }

    static String left(String text, int width) {
        String s = nfc(text);
        return s + " ".repeat(Math.max(0, width - length(s)));
    }

    static String right(String text, int width) {
        String s = nfc(text);
        return " ".repeat(Math.max(0, width - length(s))) + s;
    }

    static int length(String text) {
        String s = nfc(text);
        return s.codePointCount(0, s.length());
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }
}
