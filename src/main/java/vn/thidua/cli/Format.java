package vn.thidua.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import java.util.Iterator;

/** {@code --format text|csv}: text for people (Vietnamese), csv for scripts ('.' as decimal point). */
enum Format {
    TEXT,
    CSV;

    static final String WORDS = "text|csv";

    /** The words exactly as written in the contract, lower case; anything else is bad usage. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "text" -> TEXT;
                case "csv" -> CSV;
                default -> throw new CommandLine.TypeConversionException(value);
            };
        }
    }

    /** For {@code --help} and shell completion. */
    static final class Words implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "csv").iterator();
        }
    }
}
