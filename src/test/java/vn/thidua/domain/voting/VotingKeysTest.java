package vn.thidua.domain.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.thidua.domain.bloc.Problem;

/** Every key the voting rules can hand to the ui has a Vietnamese and an English text, and no text is stale. */
class VotingKeysTest {

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = VotingKeysTest.class.getResourceAsStream("/vn/thidua/i18n/messages_" + lang + ".properties")) {
            assertThat(in).as("bundle %s", lang).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The bundles' texts of every key in the rules' namespace {@code voting.}. */
    private static Map<String, String[]> texts() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        Map<String, String[]> texts = new HashMap<>();
        for (String key : vi.stringPropertyNames()) {
            if (key.startsWith("voting.")) {
                texts.put(key, new String[] {vi.getProperty(key), en.getProperty(key)});
            }
        }
        return texts;
    }

    private static Set<String> keysTheRulesUse() {
        Set<String> keys = new TreeSet<>();
        for (Outcome o : Outcome.values()) {
            keys.add(o.key());
        }
        for (InvalidReason r : InvalidReason.values()) {
            keys.add(r.key());
        }
        keys.add(Validity.VALID.key());
        for (Base b : Base.values()) {
            keys.add(b.key());
            keys.add("voting.reason.noBase." + b.code());
            for (ThresholdOperator op : ThresholdOperator.values()) {
                keys.add(op.key());
                keys.add("voting.rule." + op.code() + "." + b.code());
                keys.add("voting.reason." + op.code() + "." + b.code());
                // A fraction threshold ("trên 2/3") has its own words (Explainer).
                keys.add("voting.rule." + op.code() + "." + b.code() + ".fraction");
                keys.add("voting.reason." + op.code() + "." + b.code() + ".fraction");
            }
        }
        keys.add("voting.reason.tie");
        keys.add("voting.reason.seatsFull");
        ElectionSettings wrong = new ElectionSettings(" ", 0, List.of(), ThresholdOperator.GT, BigDecimal.valueOf(101),
                Base.MEMBERS, 0, 0, null, 2);
        ElectionSettings wrongList = new ElectionSettings("Cờ", 4, List.of(Elections.CT, Elections.CT,
                new Candidate(9, "", "Không mã")), ThresholdOperator.GT, BigDecimal.TEN, Base.VALID, 1, 8, null, 1);
        wrong.problems().forEach(p -> keys.add(p.key()));
        wrongList.problems().forEach(p -> keys.add(p.key()));
        keys.add(BallotCheck.checkAdd(wrongList, 1).map(Problem::key).orElseThrow());
        List<Candidate> sixteen = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sixteen.add(new Candidate(i, "U" + i, "Đơn vị " + i));
        }
        new ElectionSettings("Cờ", 1, sixteen, ThresholdOperator.GT, BigDecimal.TEN, Base.VALID, 1, 8, null, 1)
                .problems().forEach(p -> keys.add(p.key()));
        BallotKeys.checkOnScreen(BallotKeys.MAX_CANDIDATES + 1).map(Problem::key).ifPresent(keys::add);
        for (String level : List.of("0/3", "50.12345678901", "4/3")) {
            keys.add(ThresholdLevel.parse(level).problemWith(ThresholdOperator.GT));
        }
        return keys;
    }

    @Test
    void everyKeyHasAVietnameseAndAnEnglishText() throws IOException {
        Map<String, String[]> texts = texts();
        assertThat(texts.keySet()).containsAll(keysTheRulesUse());
        texts.forEach((key, viEn) -> {
            assertThat(viEn[0]).as("vi of %s", key).isNotBlank();
            assertThat(viEn[1]).as("en of %s", key).isNotNull().isNotBlank();
            new MessageFormat(viEn[0], Locale.forLanguageTag("vi-VN"));
            new MessageFormat(viEn[1], Locale.ENGLISH);
        });
    }

    @Test
    void noTextIsLeftWithoutAKey() throws IOException {
        assertThat(keysTheRulesUse()).containsAll(texts().keySet());
    }

    @Test
    void theRoomSeesTheAgreedWords() throws IOException {
        Map<String, String[]> texts = texts();
        assertThat(texts.get("voting.outcome.elected")[0]).isEqualTo("Được suy tôn");
        assertThat(texts.get("voting.outcome.tie")[0]).isEqualTo("Bằng phiếu");
        assertThat(texts.get("voting.outcome.notElected")[0]).isEqualTo("Không đạt");
        assertThat(texts.get("voting.ballot.valid")[0]).isEqualTo("Phiếu hợp lệ");
        assertThat(texts.get("voting.invalid.spoiled")[0]).isEqualTo("Phiếu hỏng");
    }

    @Test
    void theExampleReasonReadsAsOneLine() throws IOException {
        TallyResult r = Tally.count(Elections.moreThanHalf(1, 8, Elections.SAMPLE_UNITS),
                Elections.ballots(Elections.moreThanHalf(1, 8, Elections.SAMPLE_UNITS),
                        "1", "1", "1", "1", "2", "2", "3", ""));
        Reason reason = r.row(Elections.GTVT.unitId()).orElseThrow().reason();
        String en = new MessageFormat(texts().get(reason.key())[1], Locale.ENGLISH).format(reason.args().toArray());
        assertThat(en).isEqualTo("needs more than 50% of 8 valid ballots (at least 5 votes), has 4 (50%)");
    }
}
