package vn.thidua.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.domain.bloc.Bloc;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Reorganisation;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Succession;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.bloc.UnitDraft;
import vn.thidua.domain.bloc.UnitRules;
import vn.thidua.domain.bloc.UnitUse;

/**
 * Units changed from a year on: renamed, merged, split or moved to another bloc (issue 16,
 * docs/decisions/0008). Earlier years keep what they had; a change is refused when a year it
 * touches already holds something of a unit that would leave it.
 */
final class Reorganisations {

    private final BlocStore store;
    private final BlocService blocs;

    Reorganisations(BlocStore store, BlocService blocs) {
        this.store = store;
        this.blocs = blocs;
    }

    /** See {@link BlocService#rename}. */
    void rename(Bloc bloc, String code, String fullName, String shortName, int fromYear) {
        Unit u = blocs.requireUnit(bloc, code);
        UnitDraft d = new UnitDraft(u.code(), fullName, shortName).normalized();
        List<Problem> problems = new ArrayList<>(UnitRules.check(d, store.unitsOfBloc(bloc.id()), u.id()));
        checkYear(problems, fromYear);
        fail(problems);
        store.renameUnit(u.id(), fromYear, d.fullName(), d.shortName());
    }

    /** See {@link BlocService#merge}. */
    BlocService.Reorganised merge(Bloc bloc, List<String> codes, String into, String name, String shortName,
                                  int fromYear) {
        List<Problem> problems = new ArrayList<>();
        checkYear(problems, fromYear);
        List<String> from = codes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                .distinct().toList();
        if (from.size() < 2) {
            problems.add(Problem.of("codes", "unit.error.mergeTwo"));
        }
        fail(problems);
        List<Unit> units = from.stream().map(c -> blocs.requireUnit(bloc, c)).toList();
        String target = into.trim().toUpperCase(Locale.ROOT);
        boolean keeps = from.contains(target);
        UnitDraft d = new UnitDraft(target, name, shortName == null ? "" : shortName).normalized();
        List<Unit> others = store.unitsOfBloc(bloc.id()).stream()
                .filter(u -> !keeps || !u.code().equalsIgnoreCase(target)).toList();
        problems.addAll(UnitRules.check(d, others, 0));
        List<Reorganisation.NewUnit> made = new ArrayList<>();
        List<Reorganisation.Rename> renames = new ArrayList<>();
        List<Reorganisation.Link> links = new ArrayList<>();
        for (Unit u : units) {
            if (u.code().equalsIgnoreCase(target)) {
                renames.add(new Reorganisation.Rename(u.id(), d.fullName(), d.shortName()));
            } else {
                ending(problems, u, fromYear);
                links.add(new Reorganisation.Link(bloc.id(), u.code(), bloc.id(), d.code(), Succession.Kind.MERGE));
            }
        }
        if (!keeps) {
            made.add(new Reorganisation.NewUnit(bloc.id(), d));
        }
        fail(problems);
        return reorganise(new Reorganisation(fromYear, made, renames, links), List.of(bloc.id()));
    }

    /** See {@link BlocService#split}. */
    BlocService.Reorganised split(Bloc bloc, String code, List<String> into, List<String> names, int fromYear) {
        List<Problem> problems = new ArrayList<>();
        checkYear(problems, fromYear);
        Unit u = blocs.requireUnit(bloc, code);
        List<String> targets = into.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
        if (targets.size() < 2 || targets.stream().distinct().count() != targets.size()) {
            problems.add(Problem.of("into", "unit.error.splitTwo"));
        } else if (names.size() != targets.size()) {
            problems.add(Problem.of("names", "unit.error.splitNames", targets.size(), names.size()));
        }
        fail(problems);
        List<Reorganisation.NewUnit> made = new ArrayList<>();
        List<Reorganisation.Rename> renames = new ArrayList<>();
        List<Reorganisation.Link> links = new ArrayList<>();
        List<Unit> others = store.unitsOfBloc(bloc.id()).stream().filter(x -> x.id() != u.id()).toList();
        boolean keeps = targets.contains(u.code());
        for (int i = 0; i < targets.size(); i++) {
            UnitDraft d = new UnitDraft(targets.get(i), names.get(i), "").normalized();
            problems.addAll(UnitRules.check(d, others, 0));
            if (d.code().equals(u.code())) {
                renames.add(new Reorganisation.Rename(u.id(), d.fullName(), d.shortName()));
            } else {
                made.add(new Reorganisation.NewUnit(bloc.id(), d));
            }
            links.add(new Reorganisation.Link(bloc.id(), u.code(), bloc.id(), d.code(), Succession.Kind.SPLIT));
        }
        if (!keeps) {
            ending(problems, u, fromYear);
        }
        fail(problems);
        return reorganise(new Reorganisation(fromYear, made, renames, links), List.of(bloc.id()));
    }

    /** See {@link BlocService#move}. */
    BlocService.Reorganised move(Bloc from, Bloc to, String code, int fromYear) {
        List<Problem> problems = new ArrayList<>();
        checkYear(problems, fromYear);
        if (from.id() == to.id()) {
            problems.add(Problem.of("to", "unit.error.moveSameBloc", from.code()));
        }
        fail(problems);
        Unit u = blocs.unitInYear(blocs.requireUnit(from, code), fromYear);
        store.unitsOfBloc(to.id()).stream().filter(x -> x.code().equalsIgnoreCase(u.code())).findFirst()
                .ifPresent(x -> problems.add(Problem.of("code", "unit.error.moveCodeTaken", to.code(), u.code(), x.fullName())));
        ending(problems, u, fromYear);
        fail(problems);
        return reorganise(new Reorganisation(fromYear,
                List.of(new Reorganisation.NewUnit(to.id(), new UnitDraft(u.code(), u.fullName(), u.shortName()))),
                List.of(), List.of(new Reorganisation.Link(from.id(), u.code(), to.id(), u.code(), Succession.Kind.MOVE))),
                List.of(from.id(), to.id()));
    }

    private BlocService.Reorganised reorganise(Reorganisation change, List<Long> blocIds) {
        store.reorganise(change);
        return new BlocService.Reorganised(blocIds.stream().flatMap(b -> store.seasons(b).stream())
                .map(Season::year).filter(y -> y >= change.fromYear()).distinct().sorted().toList());
    }

    /** A unit leaving its years from {@code fromYear}: refused when one of them already holds something of it. */
    private void ending(List<Problem> problems, Unit u, int fromYear) {
        List<Succession> all = store.successions();
        all.stream().filter(s -> s.predecessorId() == u.id() && s.successorId() != u.id())
                .filter(s -> all.stream().noneMatch(k -> k.predecessorId() == u.id() && k.successorId() == u.id()
                        && k.fromYear() == s.fromYear()))
                .findFirst()
                .ifPresent(s -> problems.add(Problem.of("code", "unit.error.alreadySucceeded", u.code(), s.fromYear())));
        List<UnitUse> uses = store.usesFrom(u.id(), fromYear);
        if (uses.isEmpty()) {
            return;
        }
        int last = uses.stream().mapToInt(UnitUse::year).max().orElse(fromYear);
        for (var use : uses) {
            problems.add(Problem.of("fromYear", "unit.error.yearStarted." + use.what(), use.year(),
                    blocs.unitInYear(u, use.year()).fullName(), u.code(), fromYear, last + 1));
        }
    }

    private static void checkYear(List<Problem> problems, int year) {
        if (year < 1900 || year > 2200) {
            problems.add(Problem.of("fromYear", "unit.error.fromYear", year));
        }
    }

    private static void fail(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
