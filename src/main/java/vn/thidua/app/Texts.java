package vn.thidua.app;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.text.VnFormat;
import java.math.BigDecimal;

/**
 * The program's words, from {@code vn/thidua/i18n/messages_vi|en.properties}. Vietnamese first.
 * Shared by the window and the command line so both say the same thing.
 */
public final class Texts {

    public static final String BUNDLE = "vn.thidua.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        // No fallback to the JVM's default locale: an English laptop still gets Vietnamese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts vietnamese() {
        return new Texts(VIETNAMESE);
    }

    public static Texts forLanguage(String language) {
        return new Texts("en".equals(language) ? ENGLISH : VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] filled = args.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof IoReason reason) {
                filled[i] = t(reason.key());
            }
        }
        return new MessageFormat(pattern, locale).format(plain(filled, locale));
    }

    public String t(AppException e) {
        return t(e.key(), e.args().toArray());
    }

    public String t(Problem p) {
        return t(p.key(), p.args().toArray());
    }

    public String all(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(t(p));
        }
        return sb.toString();
    }

    /**
     * MessageFormat would print the year 2019 as "2.019" and 50.00 % as "50": whole numbers go
     * as plain text, decimals keep their scale, written the Vietnamese way in Vietnamese.
     */
    private static Object[] plain(Object[] args, Locale locale) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Integer || out[i] instanceof Long) {
                out[i] = String.valueOf(out[i]);
            } else if (out[i] instanceof BigDecimal d) {
                out[i] = "vi".equals(locale.getLanguage()) ? VnFormat.formatDecimal(d, Math.max(d.scale(), 0))
                        : d.toPlainString();
            }
        }
        return out;
    }
}
