package vn.thidua.cli;

import picocli.CommandLine.Option;

/** {@code --format text|csv}, the same option for every command that prints a table. */
final class FormatOption {

    @Option(names = "--format", paramLabel = Format.WORDS, defaultValue = "text", converter = Format.Converter.class,
            completionCandidates = Format.Words.class, description = "text (mặc định, cho người đọc) hoặc csv")
    Format format;

    boolean csv() {
        return format == Format.CSV;
    }
}
