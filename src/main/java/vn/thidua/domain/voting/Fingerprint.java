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
    static final String VERSION_2_LINE = "thidua-election/2";

    /** The format every election closed from now on is sealed with. */
    public static final int CURRENT = 2;

    /**
     * What the text names outside the election's own rows, as the format wants it.
     *
     * @param parent the {@code parent=} value: in /1 the id of the round settled (as it was where the
     *               election was sealed), in /2 that round's fingerprint; empty for a first round
     * @param units  how a unit that is not a candidate is named after {@code #}: in /1 its id where the
     *               election was sealed (a unit missing here is written with its id here), in /2 its code
     */
    public record Outside(String parent, Map<Long, String> units) {
        public Outside {
            parent = parent == null ? "" : parent;
            units = Map.copyOf(units);
        }

        /** /1 with the ids as stored here: how an election sealed in this database is named. */
        public static Outside ids(ElectionSettings settings) {
            return new Outside(settings.parentElectionId() == null ? "" : settings.parentElectionId().toString(),
                    Map.of());
        }
    }

    private Fingerprint() {
    }

    /** Lower-case hex SHA-256 of the /1 text with the ids as stored. */
    public static String of(ElectionSettings settings, List<Ballot> ballots) {
        return of(1, settings, ballots, Outside.ids(settings));
    }

    /** Lower-case hex SHA-256 of {@link #canonicalText(int, ElectionSettings, List, Outside)}. */
    public static String of(int format, ElectionSettings settings, List<Ballot> ballots, Outside outside) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(format, settings, ballots, outside).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The /1 text with the ids as stored. */
    public static String canonicalText(ElectionSettings settings, List<Ballot> ballots) {
        return canonicalText(1, settings, ballots, Outside.ids(settings));
    }

    /**
     * The text that is hashed: one line per field, each ended by a line feed; ballots in entry order.
     * Formats 1 and 2 differ only in the version line, in what {@code parent=} holds and in how a unit
     * that is not a candidate is named ({@link Outside}); /2 holds no id of any database.
     */
    public static String canonicalText(int format, ElectionSettings settings, List<Ballot> ballots, Outside outside) {
        if (format != 1 && format != 2) {
            throw new IllegalArgumentException("No fingerprint format " + format);
        }
        StringBuilder out = new StringBuilder();
        line(out, format == 1 ? VERSION_LINE : VERSION_2_LINE);
        line(out, "title=" + text(settings.title()));
        line(out, "round=" + settings.round());
        line(out, "parent=" + (format == 1 ? outside.parent() : text(outside.parent())));
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
            line(out, b.number() + "|" + b.kind().name() + "|" + marks(format, b, codes, outside.units()));
        }
        return out.toString();
    }

    /**
     * Candidate codes; {@code #} and the id (/1) or the code (/2) for a unit not on the list; {@code ?K}
     * for an unknown key; sorted. In /2 a stored id that names no unit of the database is {@code #?} and the id.
     */
    private static String marks(int format, Ballot ballot, Map<Long, String> codes, Map<Long, String> others) {
        List<String> tokens = new ArrayList<>();
        for (long id : ballot.approved()) {
            String code = codes.get(id);
            String other = others.get(id);
            if (code != null) {
                tokens.add(nfc(code));
            } else if (format == 1) {
                tokens.add("#" + (other == null ? String.valueOf(id) : other));
            } else {
                tokens.add("#" + (other == null ? "?" + id : nfc(other)));
            }
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
