package vn.thidua.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.thidua.app.ElectionStore.StoredElection;
import vn.thidua.app.documents.DocumentException;
import vn.thidua.app.documents.Documents;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Season;

/**
 * Writes a bloc's year as the documents the conference hands out and sends on: one vote-count
 * minutes per election, the award proposal, the year-end report, the scoreboard workbook and the
 * audit log. The window and the command line both call {@link #write}.
 *
 * <p>No document is written while an election of the year fails its seal ({@link ElectionService#requireSealed}):
 * a count changed after its close never reaches paper. The audit log alone may still be written.
 *
 * <p>The pack is written into a folder beside the target and moved in whole ({@link PackFolder}), so
 * a failed or killed run (a full USB stick, a pulled plug) leaves the old pack or the new one, never
 * a mix, and no half-written file.
 */
public final class ReportService {

    /** The documents of a pack, in the order they are written. */
    public enum Document {
        MINUTES, PROPOSAL, YEAR_REPORT, WORKBOOK, AUDIT_LOG, BALLOT_PAPERS;

        /** Message key of the document's name, e.g. {@code reports.kind.minutes}. */
        public String key() {
            return "reports.kind." + name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    /**
     * What to write.
     *
     * @param documents      the kinds chosen; at least one
     * @param templateFolder the bloc's own templates, or null: a .docx there named like the shipped
     *                       template ({@link Documents#templateFiles()}) is used instead of it
     */
    public record Options(Set<Document> documents, Path templateFolder) {

        public Options {
            documents = documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
        }

        public static Options all() {
            return new Options(EnumSet.allOf(Document.class), null);
        }

        public Optional<Path> templates() {
            return Optional.ofNullable(templateFolder);
        }
    }

    /** One file written; {@code subject} is the election title for minutes, else empty. */
    public record Written(Document kind, Path file, String subject) {
    }

    /**
     * What a run wrote, what it left out on purpose (an election still open has no minutes yet),
     * and what its documents print as dotted blanks to write by hand ({@link #blanks}), as message
     * keys with their arguments.
     */
    public record Pack(Path folder, List<Written> files, List<Note> notes, List<Note> blanks) {
        public Pack {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
            blanks = List.copyOf(blanks);
        }
    }

    public record Note(String key, List<Object> args) {
        public Note {
            args = List.copyOf(args);
        }
    }

    /** Told after each file: {@code done} of {@code total} written. Called on the writing thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    static final String AUDIT_FILE = "nhat-ky-thay-doi.csv";
    static final String AUDIT_WORKBOOK = "nhat-ky-thay-doi.xlsx";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;
    private final AuditLog audit;
    private final ReportData data;
    private final Documents writer;

    public ReportService(BlocService blocs, ScoringService scoring, ElectionService elections, AuditLog audit,
                         Documents writer, Clock clock) {
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
        this.audit = audit;
        this.writer = writer;
        this.data = new ReportData(blocs, scoring, elections, Texts.vietnamese(), clock);
    }

    /** {@code <data folder>/bao-cao/<bloc code>-<year>}, e.g. {@code bao-cao/ktn-2019}. */
    public static Path defaultFolder(Path dataFile, String blocCode, int year) {
        Path parent = dataFile.toAbsolutePath().getParent();
        return parent.resolve("bao-cao").resolve(slug(blocCode) + "-" + year);
    }

    /**
     * Writes the chosen documents of {@code bloc}'s {@code year} into {@code folder} (created when
     * missing), replacing files of the same names; other files of the folder stay.
     */
    public Pack write(String blocCode, int year, Path folder, Options options, Progress progress) {
        Bloc bloc = blocs.requireBloc(blocCode);
        Season season = blocs.requireSeason(bloc, year);
        if (options.documents().isEmpty()) {
            throw new AppException("reports.error.nothingChosen");
        }
        Optional<Path> templates = options.templates();
        if (templates.isPresent() && !Files.isDirectory(templates.get())) {
            throw new AppException("reports.error.templateFolder", templates.get().toString());
        }
        PackFolder pack = new PackFolder(folder);
        Path dir;
        try {
            dir = pack.begin();
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "reports.error.folder", folder.toString());
        }
        List<Note> notes = new ArrayList<>(templates.map(f -> ignoredTemplates(f, writer.templateFiles()))
                .orElse(List.of()));
        ReportData.Context ctx = data.context(bloc, season);
        List<Written> written;
        try {
            if (options.documents().stream().anyMatch(d -> d != Document.AUDIT_LOG)) {
                // Before anything is written: a forged count must reach no document, not even a first one.
                for (StoredElection e : ctx.all()) {
                    elections.requireSealed(e.id());
                }
            }
            written = writeInto(dir, ctx, options, notes, progress);
        } catch (RuntimeException e) {
            pack.abandon();
            throw e;
        }
        try {
            pack.commit();
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "reports.error.folderBusy", pack.target().toString());
        }
        List<Written> placed = written.stream().map(w -> new Written(w.kind(),
                pack.target().resolve(w.file().getFileName().toString()), w.subject())).toList();
        return new Pack(pack.target(), placed, notes, data.blanks(ctx, options.documents()));
    }

    /**
     * The ballot papers of one election round, printed before its vote ("In phiếu bầu"): written to
     * {@code folder} (created when missing) under the name the pack gives them; returns the file.
     */
    public Path writeBallotPapers(long electionId, Path folder) {
        StoredElection e = elections.election(electionId);
        Season season = blocs.seasons(blocOf(e)).stream().filter(s -> s.id() == e.seasonId()).findFirst()
                .orElseThrow(() -> new AppException("election.error.notFound", electionId));
        Bloc bloc = blocs.blocs().stream().filter(b -> b.id() == season.blocId()).findFirst().orElseThrow();
        String round = e.settings().isRunoff() ? "-vong-" + e.settings().round() : "";
        Path file = folder.resolve("phieu-bau-" + slug(e.settings().title()) + round + "-" + season.year() + ".docx");
        Path part = folder.resolve("." + file.getFileName() + ".dang-ghi");
        try {
            Files.createDirectories(folder);
            write(part, Document.BALLOT_PAPERS, e.settings().title(),
                    out -> writer.ballotPapers(data.ballotPapers(data.context(bloc, season), e), out));
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException ex) {
            throw new AppException(ex, "report.write.failed", file.getFileName().toString());
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // only a hidden leftover beside the papers
            }
        }
    }

    private long blocOf(StoredElection e) {
        for (Bloc b : blocs.blocs()) {
            if (blocs.seasons(b.id()).stream().anyMatch(s -> s.id() == e.seasonId())) {
                return b.id();
            }
        }
        throw new AppException("election.error.notFound", e.id());
    }

    /**
     * What the chosen documents of the year would print as dotted blanks, e.g. the place before the
     * date or the counting committee's names: one note per blank, for the secretary to fill in the
     * data (Báo cáo, {@code thidua year set}) or by hand on paper.
     */
    public List<Note> blanks(String blocCode, int year, Options options) {
        Bloc bloc = blocs.requireBloc(blocCode);
        Season season = blocs.requireSeason(bloc, year);
        return data.blanks(data.context(bloc, season), options.documents());
    }

    /** Writes the chosen documents into {@code folder}, a new empty folder beside the target. */
    private List<Written> writeInto(Path folder, ReportData.Context ctx, Options options, List<Note> notes,
                                    Progress progress) {
        int year = ctx.season().year();
        Optional<Path> templates = options.templates();
        List<StoredElection> minutes = new ArrayList<>();
        if (options.documents().contains(Document.MINUTES)) {
            for (StoredElection e : ctx.firstRounds()) {
                if (e.closed()) {
                    minutes.add(e);
                } else {
                    notes.add(new Note("reports.note.electionOpen", List.of(e.settings().title())));
                }
            }
        }
        // The audit log is two files: the workbook and the CSV.
        List<StoredElection> rounds = options.documents().contains(Document.BALLOT_PAPERS) ? ctx.all() : List.of();
        int total = minutes.size() + rounds.size() + (int) options.documents().stream()
                .filter(d -> d != Document.MINUTES && d != Document.BALLOT_PAPERS).count()
                + (options.documents().contains(Document.AUDIT_LOG) ? 1 : 0);
        List<Written> written = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (StoredElection e : minutes) {
            String name = unique("bien-ban-kiem-phieu-" + slug(e.settings().title()) + "-" + year, ".docx", used);
            written.add(write(folder.resolve(name), Document.MINUTES, e.settings().title(),
                    out -> writer.minutes(data.minutes(ctx, e), out, templates)));
            progress.update(written.size(), total);
        }
        if (options.documents().contains(Document.PROPOSAL)) {
            written.add(write(folder.resolve("to-trinh-khen-thuong-" + year + ".docx"), Document.PROPOSAL, "",
                    out -> writer.proposal(data.proposal(ctx), out, templates)));
            progress.update(written.size(), total);
        }
        if (options.documents().contains(Document.YEAR_REPORT)) {
            written.add(write(folder.resolve("bao-cao-tong-ket-" + year + ".docx"), Document.YEAR_REPORT, "",
                    out -> writer.yearReport(data.yearReport(ctx), out, templates)));
            progress.update(written.size(), total);
        }
        if (options.documents().contains(Document.WORKBOOK)) {
            written.add(write(folder.resolve("bang-diem-" + year + ".xlsx"), Document.WORKBOOK, "",
                    out -> writer.workbook(data.workbook(ctx), out)));
            progress.update(written.size(), total);
        }
        if (options.documents().contains(Document.AUDIT_LOG)) {
            List<AuditLog.Entry> entries = audit.entries(0);
            AuditSentences sentences = new AuditSentences(blocs, scoring, elections);
            written.add(write(folder.resolve(AUDIT_WORKBOOK), Document.AUDIT_LOG, "", out -> writer.auditWorkbook(
                    "Nhật ký thay đổi – tệp dữ liệu ThiDua", entries.stream().map(e -> new Documents.AuditLine(
                            e.id(), e.at(), AuditSentences.category(e.category()), sentences.sentence(e.action(),
                            e.detail()), e.action())).toList(), out)));
            progress.update(written.size(), total);
            written.add(write(folder.resolve(AUDIT_FILE), Document.AUDIT_LOG, "", out -> auditCsv(entries, out)));
            progress.update(written.size(), total);
        }
        for (StoredElection e : rounds) {
            String round = e.settings().isRunoff() ? "-vong-" + e.settings().round() : "";
            String name = unique("phieu-bau-" + slug(e.settings().title()) + round + "-" + year, ".docx", used);
            written.add(write(folder.resolve(name), Document.BALLOT_PAPERS, e.settings().title(),
                    out -> writer.ballotPapers(data.ballotPapers(ctx, e), out)));
            progress.update(written.size(), total);
        }
        return written;
    }

    /**
     * A .docx in the bloc's template folder under another name than the ones read ("Biên bản kiểm
     * phiếu.docx") would be passed over without a word: each is named, with the names that are read.
     */
    static List<Note> ignoredTemplates(Path folder, List<String> read) {
        List<Note> notes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".docx") && !read.contains(n))
                    // Word's own lock files ("~$…") and hidden files are not templates.
                    .filter(n -> !n.startsWith("~$") && !n.startsWith("."))
                    .forEach(n -> notes.add(new Note("reports.note.templateIgnored", List.of(n, String.join(", ", read)))));
        } catch (IOException e) {
            // An unlistable folder: the templates themselves are read (or refused) by name below.
        }
        return notes;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Written write(Path file, Document kind, String subject, Body body) {
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                body.write(out);
            }
            // The one place every document passes: a rehearsal's carry its mark (Documents#stamp).
            writer.stamp(file);
            return new Written(kind, file, subject);
        } catch (DocumentException e) {
            throw new AppException(e, e.key(), e.args().toArray());
        } catch (AppException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "report.write.failed", file.getFileName().toString());
        }
    }

    /**
     * The audit log as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the
     * Vietnamese letters as Windows-1258 garbage), CRLF lines, every field quoted.
     */
    private static void auditCsv(List<AuditLog.Entry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(csvLine(List.of("Số", "Thời điểm", "Nhóm", "Thao tác", "Chi tiết")));
        for (AuditLog.Entry e : entries) {
            w.write(csvLine(List.of(Long.toString(e.id()), CSV_TIME.format(e.at()), e.category(), e.action(),
                    e.detail())));
        }
        w.flush();
    }

    static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append('"').append(f == null ? "" : f.replace("\"", "\"\"")).append('"');
        }
        return sb.append("\r\n").toString();
    }

    private static String unique(String base, String extension, Set<String> used) {
        String name = base + extension;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n + extension;
        }
        return name;
    }

    /**
     * A title as part of a file name: Vietnamese letters without their marks, lower case, words
     * joined by '-', the linking word "của" left out ("Cờ thi đua của Chính phủ" →
     * "co-thi-dua-chinh-phu"), so the names survive any USB stick, e-mail or zip tool.
     */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !w.equals("cua")) {
                words.add(w);
            }
        }
        String joined = String.join("-", words);
        return joined.isEmpty() ? "van-ban" : joined.length() > 80 ? joined.substring(0, 80) : joined;
    }
}
