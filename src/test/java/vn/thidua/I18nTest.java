package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.thidua.app.Texts;

/** Every word of the program exists in Vietnamese and in English, and every pattern is valid. */
class I18nTest {

    private static Properties load(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/vn/thidua/i18n/messages_" + lang + ".properties")) {
            assertThat(in).as("bundle %s", lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothLanguages() throws Exception {
        Set<String> vi = new TreeSet<>(load("vi").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> missingInEn = new TreeSet<>(vi);
        missingInEn.removeAll(en);
        Set<String> missingInVi = new TreeSet<>(en);
        missingInVi.removeAll(vi);
        assertThat(missingInEn).as("keys missing from messages_en").isEmpty();
        assertThat(missingInVi).as("keys missing from messages_vi").isEmpty();
    }

    @Test
    void everyPatternParsesAndHasNoApostrophe() throws Exception {
        for (String lang : new String[] {"vi", "en"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                new MessageFormat(pattern);
                assertThat(pattern).as("%s %s: a single quote would be eaten by MessageFormat", lang, key)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void vietnameseIsTheDefaultEvenOnAnEnglishSystem() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(Texts.vietnamese().t("nav.units")).isEqualTo("Đơn vị");
            assertThat(Texts.forLanguage("fr").t("nav.elections")).isEqualTo("Bầu suy tôn");
            assertThat(Texts.forLanguage("en").t("nav.elections")).isEqualTo("Elections");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void yearsAreNotGroupedLikeNumbers() {
        assertThat(Texts.vietnamese().t("year.label", 2019)).isEqualTo("Năm 2019");
    }

    @Test
    void decimalsKeepTheirPlacesTheVietnameseWay() {
        assertThat(Texts.vietnamese().t("voting.reason.seatsFull", 5, new java.math.BigDecimal("62.50"), 1))
                .contains("5 phiếu (62,50%)");
    }
}
