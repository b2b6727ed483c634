package vn.thidua.app;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.workbook.ImportLayout;
import vn.thidua.domain.workbook.ImportSheets;

/**
 * The import workbook (docs/import-workbook.md): the blank template, a bloc-year exported to it,
 * and a filled one imported. An import checks the whole file first and refuses it whole, naming
 * every problem with sheet, row and column; an accepted one is written in one transaction.
 */
public final class ImportService {

    /** Something the user should know about an accepted import; a message key and its arguments. */
    public record Note(String key, List<Object> args) {
        public Note {
            args = List.copyOf(args);
        }
    }

    /** What an import did. */
    public record Imported(String blocCode, int year, boolean blocCreated, List<String> unitsCreated, boolean replaced,
                           int units, int criteria, int scores, int indicators, List<Note> notes) {
        public Imported {
            unitsCreated = List.copyOf(unitsCreated);
            notes = List.copyOf(notes);
        }
    }

    /** What an export wrote. */
    public record Exported(Path file, int units, int criteria, int scores, int indicators) {
    }

    /**
     * A value a unit's return would change: a message key ({@code import.return.change.*}) and its arguments,
     * the old and the new value written the Vietnamese way ("–" for none).
     */
    public record Change(String key, List<Object> args) {
        public Change {
            args = List.copyOf(args);
        }
    }

    /** A unit that has sent its return for the year: its latest one, and how many it sent. */
    public record Received(Unit unit, LocalDateTime at, String fileName, String fingerprint, int count) {
    }

    /**
     * A unit's return read and checked, not yet taken in: what it would change, and whether that needs the
     * secretary's leave (a second return of the unit, or a value already in the year that it would change).
     */
    public record ReturnPlan(Path file, Bloc bloc, Season season, Unit unit, String fingerprint, int scores,
                             int indicators, List<Change> changes, Optional<Received> previous, boolean overwrites,
                             ReturnStore.Taken taken) {
        public ReturnPlan {
            changes = List.copyOf(changes);
        }

        /** Taken in only with the secretary's leave ({@code --replace}, or the confirm dialog). */
        public boolean needsReplace() {
            return previous.isPresent() || overwrites;
        }
    }

    /**
     * A workbook as {@link #open} read it. Its bytes stay inside, for a return's fingerprint; none when reading
     * them failed, which only a return refuses (a bloc workbook needs only its cells).
     */
    public static final class Opened {
        private final Path file;
        private final ImportSheets sheets;
        private final byte[] bytes;
        private final boolean unitReturn;

        private Opened(Path file, ImportSheets sheets, byte[] bytes) {
            this.file = file;
            this.sheets = sheets;
            this.bytes = bytes;
            this.unitReturn = ReturnCheck.isReturn(sheets);
        }

        public Path file() {
            return file;
        }

        public ImportSheets sheets() {
            return sheets;
        }

        /** One unit's return (sheet Khối has the row Đơn vị), not a bloc workbook. */
        public boolean isReturn() {
            return unitReturn;
        }
    }

    private final BlocService blocs;
    private final ScoringService scoring;
    private final ElectionService elections;
    private final ImportStore store;
    private final ImportFiles files;
    private final ReturnStore returns;
    private final Clock clock;

    public ImportService(BlocService blocs, ScoringService scoring, ElectionService elections, ImportStore store,
                         ImportFiles files, ReturnStore returns, Clock clock) {
        this.blocs = blocs;
        this.scoring = scoring;
        this.elections = elections;
        this.store = store;
        this.files = files;
        this.returns = returns;
        this.clock = clock;
    }

    /** The blank workbook, with its instructions sheet. Needs no data file. */
    public static void writeTemplate(ImportFiles files, Path out) {
        write(files, out, ImportContent.template());
    }

    /** The bloc-year as a workbook {@link #importFile} takes back. */
    public Exported export(String blocCode, int year, Path out) {
        Bloc bloc = blocs.requireBloc(blocCode);
        Season season = blocs.requireSeason(bloc, year);
        ImportContent.Year y = new ImportContent.Year(bloc, season, blocs.conferenceDetails(season),
                blocs.members(season), scoring.table(season), scoring.bands(season), scoring.scores(season),
                scoring.indicators(season), blocs.yearTexts(season));
        ImportSheets content = ImportContent.of(y);
        write(files, out, content);
        return new Exported(out, y.members().size(), y.table().criteria().size(),
                content.sheet(ImportLayout.SCORES).map(s -> s.rows().size()).orElse(0),
                content.sheet(ImportLayout.INDICATORS).map(s -> s.rows().size()).orElse(0));
    }

    /**
     * One unit's return for the year (issue 16): the bloc workbook's sheets with Khối naming the unit,
     * Điểm a row per criterion with empty self and bloc scores, Chỉ tiêu last year's indicators.
     *
     * @throws AppException the bloc, the year or the unit (a member that year) is not there
     */
    public Exported writeReturn(String blocCode, int year, String unitCode, Path out) {
        Bloc bloc = blocs.requireBloc(blocCode);
        Season season = blocs.requireSeason(bloc, year);
        Unit unit = blocs.memberByCode(season, unitCode.strip()).orElseThrow(() -> new AppException(
                "import.return.unknownUnit", unitCode.strip(), bloc.code(), year, blocs.members(season).stream()
                .map(Unit::code).collect(Collectors.joining(", "))));
        List<Indicator> lastYear = blocs.season(bloc.id(), year - 1)
                .map(s -> scoring.indicators(s, unit.id())).orElse(List.of());
        ScoringTable table = scoring.table(season);
        ImportSheets content = ImportContent.unitReturn(new ImportContent.Return(bloc, year, unit, table,
                scoring.bands(season), lastYear));
        write(files, out, content);
        return new Exported(out, 1, table.criteria().size(), table.criteria().size(), lastYear.size());
    }

    /**
     * Imports the bloc-year of {@code file}. The bloc and the units it lacks are created; a year
     * that exists is refused unless {@code replace}, and a year with elections is never replaced.
     *
     * @throws ValidationException every problem of the file (the first one names the file); nothing changed
     * @throws AppException        the file cannot be read as a workbook; nothing changed
     */
    public Imported importFile(Path file, boolean replace) {
        return importFile(open(file), replace);
    }

    /**
     * Imports the bloc-year of a workbook already {@link #open opened}: the file is not read again.
     *
     * @see #importFile(Path, boolean)
     */
    public Imported importFile(Opened opened, boolean replace) {
        Path file = opened.file();
        ImportSheets sheets = opened.sheets();
        if (opened.isReturn()) {
            throw new AppException("import.return.notBloc", file.toString());
        }
        ImportCheck check = ImportCheck.of(sheets);
        List<Problem> problems = new ArrayList<>(check.problems());
        List<Note> notes = new ArrayList<>();
        Optional<Bloc> bloc = check.blocCode().flatMap(blocs::blocByCode);
        Map<String, Unit> existing = bloc.map(b -> blocs.unitsOfBloc(b.id()).stream()
                .collect(Collectors.toMap(u -> u.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b2) -> a)))
                .orElse(Map.of());
        if (bloc.isPresent() && check.blocName().filter(n -> !n.equals(bloc.get().name())).isPresent()) {
            notes.add(new Note("import.note.blocName", List.of(bloc.get().code(), bloc.get().name(),
                    check.blocName().orElseThrow())));
        }
        for (YearImport.UnitLine line : check.units().values()) {
            Unit u = existing.get(line.code());
            // Issue 16: the file's names are those of its year; a different one is taken from that year on.
            Unit then = u == null ? null : check.year().map(y -> blocs.unitInYear(u, y)).orElse(u);
            if (then != null && check.year().isPresent() && (!then.fullName().equals(line.fullName())
                    || !then.shortName().equals(line.shortName()))) {
                notes.add(new Note("import.note.unitRenamed", List.of(u.code(), line.fullName(), check.year().get(),
                        then.fullName())));
            } else if (u != null && u.active() != line.active()) {
                notes.add(new Note("import.note.unitKept", List.of(u.code(), u.fullName(), line.fullName())));
            }
        }
        leaderActive(check, existing, check.headCode(), ImportLayout.HEAD, problems);
        leaderActive(check, existing, check.deputyCode(), ImportLayout.DEPUTY, problems);
        if (bloc.isPresent() && check.year().isPresent()) {
            Optional<Season> season = blocs.season(bloc.get().id(), check.year().get());
            if (season.isPresent() && !replace) {
                problems.add(Problem.of("year", "import.year.exists", bloc.get().code(), season.get().year()));
            } else if (season.isPresent() && !elections.elections(season.get()).isEmpty()) {
                problems.add(Problem.of("year", "import.year.elections", bloc.get().code(), season.get().year(),
                        elections.elections(season.get()).size()));
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> all = new ArrayList<>();
            all.add(Problem.of("file", "import.refused", file.toString(), problems.size()));
            all.addAll(problems);
            throw new ValidationException(all);
        }
        YearImport y = check.result();
        ImportStore.Stored stored = store.importYear(y, replace, String.valueOf(file.getFileName()));
        return new Imported(y.blocCode(), y.year(), stored.blocCreated(), stored.unitsCreated(), stored.replaced(),
                y.units().size(), y.criteria().size(), y.scores().size(), y.indicators().size(), notes);
    }

    /**
     * Reads {@code file} as a unit's return and checks it whole against the year it names, changing nothing.
     * Empty when the file is a bloc workbook (no row Đơn vị in sheet Khối).
     *
     * @throws ValidationException every problem of the file (the first one names the file): the bloc, year or
     *                             unit unknown, a bloc score filled in, a cell that cannot be read
     * @throws AppException        the file cannot be read as a workbook
     */
    public Optional<ReturnPlan> planReturn(Path file) {
        return planReturn(open(file));
    }

    /**
     * A workbook read once (issue 16): its bytes, for a unit's return's fingerprint, and its sheets, cell by cell.
     * {@code thidua import} opens a file once, sees whether it is a unit's return, and hands the same content to
     * {@link #planReturn(Opened)} or {@link #importFile(Opened, boolean)}.
     *
     * @throws AppException the file cannot be read as a workbook
     */
    public Opened open(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            bytes = null;
        }
        // The bytes first, the cells after: the fingerprint is never that of a later version of the file.
        return new Opened(file, files.read(file), bytes);
    }

    /**
     * A unit's return already {@link #open opened}, checked as {@link #planReturn(Path)} does: the file is not
     * read again. Empty when it is a bloc workbook.
     */
    public Optional<ReturnPlan> planReturn(Opened opened) {
        Path file = opened.file();
        ImportSheets sheets = opened.sheets();
        byte[] bytes = opened.bytes;
        if (!opened.isReturn()) {
            return Optional.empty();
        }
        ReturnCheck check = ReturnCheck.head(sheets);
        Optional<Bloc> bloc = check.blocCode().flatMap(blocs::blocByCode);
        if (check.blocCode().isPresent() && bloc.isEmpty()) {
            check.problem(check.item(ImportLayout.BLOC_CODE), "import.return.unknownBloc", check.blocCode().get());
        }
        Optional<Season> season = bloc.flatMap(b -> check.year().flatMap(y -> blocs.season(b.id(), y)));
        if (bloc.isPresent() && check.year().isPresent() && season.isEmpty()) {
            check.problem(check.item(ImportLayout.YEAR), "import.return.unknownYear", bloc.get().code(),
                    check.year().get());
        }
        Optional<Unit> unit = season.flatMap(s -> check.unitCode().flatMap(c -> blocs.memberByCode(s, c)));
        if (season.isPresent() && check.unitCode().isPresent() && unit.isEmpty()) {
            check.problem(check.item(ImportLayout.RETURN_UNIT), "import.return.notMember", check.unitCode().get(),
                    bloc.get().code(), season.get().year());
        }
        Map<String, Criterion> criteria = season.map(s -> scoring.table(s).criteria().stream()
                .collect(Collectors.toMap(c -> CellReader.key(c.code()), Function.identity(), (a, b) -> a)))
                .orElse(null);
        check.body(sheets, criteria);
        if (!check.problems().isEmpty()) {
            List<Problem> all = new ArrayList<>();
            all.add(Problem.of("file", "import.refused", file.toString(), check.problems().size()));
            all.addAll(check.problems());
            throw new ValidationException(all);
        }
        if (bytes == null) {
            throw new AppException("import.file.unreadable", file.toString());
        }
        Season y = season.orElseThrow();
        Unit u = unit.orElseThrow();
        Map<String, Criterion> byCode = criteria.values().stream()
                .collect(Collectors.toMap(Criterion::code, Function.identity(), (a, b) -> a));
        Map<Long, BigDecimal> self = new LinkedHashMap<>();
        check.scores().forEach((code, points) -> self.put(byCode.get(code).id(), points));
        List<Change> changes = new ArrayList<>();
        boolean overwrites = ReturnChanges.scores(scoring.table(y).criteria(), scoring.scores(y).stream()
                .filter(sc -> sc.unitId() == u.id()).toList(), self, changes);
        overwrites |= ReturnChanges.indicators(scoring.indicators(y, u.id()), check.indicators(), changes);
        Optional<Received> previous = received(y).stream().filter(r -> r.unit().id() == u.id()).findFirst();
        String fingerprint = sha256(bytes);
        ReturnStore.Received record = new ReturnStore.Received(u.id(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), String.valueOf(file.getFileName()),
                fingerprint);
        ReturnStore.Taken taken = new ReturnStore.Taken(bloc.get().code(), y.year(), y.id(), u.id(), self,
                check.indicators(), record, previous.isPresent());
        return Optional.of(new ReturnPlan(file, bloc.get(), y, u, fingerprint, self.size(), check.indicators().size(),
                changes, previous, overwrites, taken));
    }

    /**
     * Takes a checked return into its year: the unit's self scores and indicators, nothing else.
     *
     * @param replace the secretary's leave; without it a return that {@link ReturnPlan#needsReplace} is refused
     * @throws AppException a return that needs leave, given without it (nothing changed)
     */
    public ReturnPlan takeReturn(ReturnPlan plan, boolean replace) {
        if (plan.needsReplace() && !replace) {
            throw new AppException(plan.previous().isPresent() ? "import.return.needsReplace"
                    : "import.return.overwrites", plan.unit().code(), plan.season().year(),
                    plan.previous().map(r -> VnFormat.formatDateTime(r.at())).orElse(""), plan.changes().size());
        }
        returns.take(plan.taken());
        return plan;
    }

    /** The units that have sent their return for the year, in the order of the year's members. */
    public List<Received> received(Season season) {
        Map<Long, Unit> members = blocs.members(season).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Received> latest = new LinkedHashMap<>();
        for (ReturnStore.Received r : returns.returns(season.id())) {
            Unit u = members.get(r.unitId());
            if (u != null) {
                int count = latest.containsKey(u.id()) ? latest.get(u.id()).count() + 1 : 1;
                latest.put(u.id(), new Received(u, r.at(), r.fileName(), r.fingerprint(), count));
            }
        }
        return members.keySet().stream().filter(latest::containsKey).map(latest::get).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A unit the bloc already has keeps its stored state, so it is that state that must let it lead. */
    private static void leaderActive(ImportCheck check, Map<String, Unit> existing, Optional<String> code, String item,
                                     List<Problem> problems) {
        if (code.isEmpty()) {
            return;
        }
        Unit stored = existing.get(code.get());
        YearImport.UnitLine line = check.units().get(code.get());
        boolean active = stored != null ? stored.active() : line == null || line.active();
        if (!active) {
            problems.add(CellReader.at(check.item(item), "import.leader.inactive", code.get()));
        }
    }

    /** Written beside its name and moved over it when complete: a failure never leaves half a file. */
    private static void write(ImportFiles files, Path out, ImportSheets content) {
        Path file = out.toAbsolutePath();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (Files.isDirectory(file)) {
                throw new AppException("import.write.isFolder", file.toString());
            }
            Files.createDirectories(file.getParent());
            try (OutputStream os = Files.newOutputStream(part)) {
                files.write(content, os);
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new AppException(e, "import.write.failed", file.toString(), IoReason.of(e));
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // A leftover .part file is harmless: the next run overwrites it.
            }
        }
    }
}
