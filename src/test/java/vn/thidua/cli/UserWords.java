package vn.thidua.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the user reads must be the program's own words: every command a CLI test runs through
 * {@link CliRunner} has its standard output and error checked here, and a test fails on the
 * first text that came from the database, the JDK or a library instead of the bundles.
 */
final class UserWords {

    /** Marks of text the program did not write for the user. */
    static final List<Pattern> FOREIGN = List.of(
            Pattern.compile("\\[\\d{5}-\\d{3}]"),                 // an H2 error code: [22001-252]
            Pattern.compile("Exception|Caused by|\\tat |\\bat [a-z]+\\.[a-z]+\\."),
            Pattern.compile("\\b(java|javax|org\\.h2|org\\.apache|org\\.flywaydb|picocli)\\.[a-z]"),
            Pattern.compile("(?i)value too long|for column|NULL not allowed|constraint|syntax error|"
                    + "read-only|jdbc:(?!postgresql:)|General error|SQL statement|Table \"|Column \""),
            Pattern.compile("(?i)\\b(error|invalid|missing|unknown|cannot|failed|not found)\\b"));

    private UserWords() {
    }

    /** The first foreign text in {@code text}, or null. */
    static String foreign(String text) {
        for (Pattern p : FOREIGN) {
            var m = p.matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 60);
                return text.substring(from, Math.min(text.length(), m.end() + 60));
            }
        }
        return null;
    }

    static void check(String[] args, CliRunner.Result result) {
        for (String text : List.of(result.out(), result.err())) {
            // The user's own words said back (a --db that is not a data file, say) are not the program's.
            for (String arg : args) {
                if (arg.length() >= 4) {
                    text = text.replace(arg, "«…»");
                }
            }
            String found = foreign(text);
            if (found != null) {
                throw new AssertionError("thidua " + String.join(" ", args)
                        + " showed the user text that is not the program's own: …" + found + "…");
            }
        }
    }
}
