package vn.thidua.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.scoring.ClassificationBands.Band;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;

/** The keys these packages produce all have a Vietnamese and an English text in the bundles. */
class ScoringKeysTest {

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScoringKeysTest.class.getResourceAsStream("/vn/thidua/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The Vietnamese and English texts of every key these packages produce. */
    private static Map<String, String[]> texts() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        Map<String, String[]> texts = new LinkedHashMap<>();
        for (String key : producedKeys()) {
            texts.put(key, new String[] {vi.getProperty(key), en.getProperty(key)});
        }
        return texts;
    }

    private static Set<String> producedKeys() {
        Set<String> keys = new HashSet<>();
        Stream.of("", "x", "1,234,567", "0.500", "1,2,3", "1.2.3").map(VnFormat::parseNumber)
                .map(r -> ((ParseResult.Refused) r).key()).forEach(keys::add);
        Stream.of("-1", "11").map(v -> ScoreRules.check(SmallTable.DEDUCTION, new BigDecimal(v)).orElseThrow())
                .map(Problem::key).forEach(keys::add);
        Band wrong = new Band(new BigDecimal("-1"), new BigDecimal("101"));
        new ClassificationBands(wrong, wrong, wrong).check().stream().map(Problem::key).forEach(keys::add);
        new ClassificationBands(wrong, new Band(BigDecimal.ONE, BigDecimal.TEN), wrong).check().stream()
                .map(Problem::key).forEach(keys::add);
        Stream.of(Classification.values()).map(Classification::key).forEach(keys::add);
        Stream.of(CriterionKind.values()).map(CriterionKind::key).forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyProducedHasAVietnameseAndAnEnglishText() throws IOException {
        Map<String, String[]> texts = texts();

        assertThat(texts).isNotEmpty();
        texts.forEach((key, viEn) -> assertThat(viEn).as(key).allSatisfy(t -> assertThat(t).isNotBlank()));
    }

    @Test
    void bothTextsOfAKeyUseTheSamePlaceholdersAndFormatCleanly() throws IOException {
        Object[] args = {"2.2", "Ứng dụng công nghệ thông tin", "7,5", "8"};
        for (Map.Entry<String, String[]> e : texts().entrySet()) {
            String vi = new MessageFormat(e.getValue()[0]).format(args);
            String en = new MessageFormat(e.getValue()[1]).format(args);
            for (int i = 0; i < args.length; i++) {
                String placeholder = "{" + i + "}";
                assertThat(e.getValue()[0].contains(placeholder)).as(e.getKey() + " " + placeholder)
                        .isEqualTo(e.getValue()[1].contains(placeholder));
            }
            assertThat(vi + en).as(e.getKey()).doesNotContain("{").doesNotContain("'");
        }
    }
}
