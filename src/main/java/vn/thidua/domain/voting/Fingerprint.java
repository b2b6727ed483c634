package vn.thidua.domain.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 over a closed election's settings and ballots, printed in the minutes. The canonical text
 * is specified in docs/fingerprint.md so that anyone can recompute it without this program;
 * change it only together with that document and its version line.
 */
public final class Fingerprint {

    static final String VERSION_LINE = "thidua-election/1";

    private Fingerprint() {
    }

    /** Lower-case hex SHA-256 of {@link #canonicalText}. */
    public static String of(ElectionSettings settings, List<Ballot> ballots) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(settings, ballots).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The text that is hashed: one line per field, each ended by a line feed; ballots in entry order. */
    public static String canonicalText(ElectionSettings settings, List<Ballot> ballots) {
        StringBuilder out = new StringBuilder();
        line(out, VERSION_LINE);
        line(out, "title=" + text(settings.title()));
        line(out, "round=" + settings.round());
        line(out, "parent=" + (settings.parentElectionId() == null ? "" : settings.parentElectionId()));
        line(out, "seats=" + settings.seats());
        line(out, "candidates=" + String.join(";",
                settings.candidates().stream().map(c -> text(c.code())).toList()));
        line(out, "operator=" + settings.operator().symbol());
        // A percentage as before (closed elections keep their fingerprints); a fraction as written, 2/3.
        line(out, "percent=" + settings.level().written());
        line(out, "base=" + settings.base().code());
        line(out, "issued=" + settings.ballotsIssued());
        line(out, "members=" + settings.members());
        line(out, "ballots=" + ballots.size());
        Map<Long, String> codes = new HashMap<>();
        settings.candidates().forEach(c -> codes.putIfAbsent(c.unitId(), c.code()));
        for (Ballot b : ballots) {
            line(out, b.number() + "|" + b.kind().name() + "|" + marks(b, codes));
        }
        return out.toString();
    }

    /** Candidate codes, {@code #id} for a unit not on the list, {@code ?K} for an unknown key; sorted. */
    private static String marks(Ballot ballot, Map<Long, String> codes) {
        List<String> tokens = new ArrayList<>();
        for (long id : ballot.approved()) {
            String code = codes.get(id);
            tokens.add(code == null ? "#" + id : nfc(code));
        }
        ballot.unknownKeys().forEach(k -> tokens.add("?" + nfc(k)));
        tokens.sort(null);
        return String.join(";", tokens.stream().map(Fingerprint::escape).toList());
    }

    private static String text(String s) {
        return escape(nfc(s));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Keeps every value on its line and every separator a separator. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                .replace("|", "\\|").replace(";", "\\;");
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }
}
