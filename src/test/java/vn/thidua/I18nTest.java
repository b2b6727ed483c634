package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** Keys the code builds at run time from a prefix and a value (an enum's name, an audit action…): only these. */
    private static final Set<String> BUILT_AT_RUN_TIME = Set.of("audit.action.", "audit.chain.break.", "classification.",
            "criterionKind.", "election.seal.", "elections.setup.choice.", "import.", "indicators.col.", "reports.kind.",
            "settings.language.", "unit.error.yearStarted.", "voting.base.", "voting.operator.", "voting.reason.", "voting.reason.noBase.", "voting.rule.");
    /** Literals that look like keys and are not: names of preferences, a file name shown in the help. */
    private static final Set<String> NOT_KEYS = Set.of("projector.screen", "projector.corner", "ballots.csv");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"(\\s*\\+)?");
    private static final Pattern KEYLIKE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_]+)+");

    private record Code(Set<String> literals, Set<String> prefixes) {
    }

    /** Every string literal in src/main/java, and those that end in a dot and are followed by "+" (a key's prefix). */
    private static Code scan() throws Exception {
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                    if (m.group(2) != null && KEYLIKE.matcher(m.group(1) + "x").matches()) {
                        prefixes.add(m.group(1));
                    }
                }
            }
        }
        return new Code(literals, prefixes);
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothBundles() throws Exception {
        Code code = scan();
        assertThat(code.literals()).as("the scan reads the code").contains("nav.units", "error.unexpected");
        for (String lang : new String[] {"vi", "en"}) {
            Set<String> keys = load(lang).stringPropertyNames();
            Set<String> namespaces = new TreeSet<>();
            keys.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
            Set<String> missing = new TreeSet<>();
            for (String l : code.literals()) {
                boolean keyLike = KEYLIKE.matcher(l).matches() && namespaces.contains(l.substring(0, l.indexOf('.')));
                // A literal may also be the tail of a key built at run time ("unit.add" for "audit.action.unit.add").
                if (keyLike && !keys.contains(l) && !NOT_KEYS.contains(l)
                        && BUILT_AT_RUN_TIME.stream().noneMatch(p -> keys.contains(p + l))) {
                    missing.add(l);
                }
            }
            assertThat(missing).as("keys named in the code and missing from messages_%s", lang).isEmpty();
        }
    }

    @Test
    void everyKeyIsUsedAndKeysBuiltAtRunTimeComeOnlyFromTheListedPrefixes() throws Exception {
        Code code = scan();
        assertThat(code.prefixes()).as("prefixes the code builds keys from: list them in BUILT_AT_RUN_TIME")
                .isSubsetOf(BUILT_AT_RUN_TIME);
        assertThat(BUILT_AT_RUN_TIME).as("listed prefixes the code no longer uses").isSubsetOf(code.prefixes());
        Set<String> unused = new TreeSet<>();
        for (String key : load("vi").stringPropertyNames()) {
            if (!code.literals().contains(key) && BUILT_AT_RUN_TIME.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
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
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Texts.vietnamese().t("nav.units")).isEqualTo("Đơn vị");
            assertThat(Texts.forLanguage("fr").t("nav.elections")).isEqualTo("Bầu suy tôn");
            assertThat(Texts.forLanguage("en").t("nav.elections")).isEqualTo("Elections");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void yearsAreNotGroupedLikeNumbers() {
        assertThat(Texts.vietnamese().t("year.label", 2019)).isEqualTo("Năm 2019");
    }

    @Test
    void decimalsKeepTheirPlacesTheVietnameseWay() {
        assertThat(Texts.vietnamese().t("voting.reason.seatsFull", 5, new BigDecimal("62.50"), 1))
                .contains("5 phiếu (62,50%)");
    }
}
