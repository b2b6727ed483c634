package vn.thidua.domain.text;

/** Small whole numbers in Vietnamese words, as a rule is read aloud: "hai phần ba", "hai mươi lăm". */
public final class VnWords {

    private static final String[] UNITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    private VnWords() {
    }

    /** 0–999 in words ({@code 21} "hai mươi mốt", {@code 105} "một trăm linh năm"); larger numbers in digits. */
    public static String number(int n) {
        if (n < 0 || n > 999) {
            return Integer.toString(n);
        }
        if (n < 100) {
            return belowHundred(n);
        }
        int rest = n % 100;
        String hundreds = UNITS[n / 100] + " trăm";
        if (rest == 0) {
            return hundreds;
        }
        return hundreds + (rest < 10 ? " linh " + UNITS[rest] : " " + belowHundred(rest));
    }

    private static String belowHundred(int n) {
        if (n < 10) {
            return UNITS[n];
        }
        int tens = n / 10;
        int unit = n % 10;
        String head = tens == 1 ? "mười" : UNITS[tens] + " mươi";
        if (unit == 0) {
            return head;
        }
        String tail = switch (unit) {
            case 1 -> tens == 1 ? "một" : "mốt";
            case 4 -> tens == 1 ? "bốn" : "tư";
            case 5 -> "lăm";
            default -> UNITS[unit];
        };
        return head + " " + tail;
    }

    /** A fraction as read: {@code 2/3} "hai phần ba", {@code 3/4} "ba phần tư". */
    public static String fraction(int numerator, int denominator) {
        return number(numerator) + " phần " + (denominator == 4 ? "tư" : number(denominator));
    }
}
