package vn.thidua.app;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.domain.indicator.Indicator;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.Score;
import vn.thidua.domain.text.VnFormat;

/** What a unit's return would change in its year, one line a value (issue 16). */
final class ReturnChanges {

    private static final String NONE = "\u2013";

    private ReturnChanges() {
    }

    /**
     * The self scores that would change, in the table's order.
     *
     * @return whether a score already in the year would change (not only be filled in)
     */
    static boolean scores(List<Criterion> criteria, List<Score> stored, Map<Long, BigDecimal> self,
                          List<ImportService.Change> changes) {
        Map<Long, Score> byCriterion = new HashMap<>();
        stored.forEach(s -> byCriterion.put(s.criterionId(), s));
        boolean overwrites = false;
        for (Criterion c : criteria) {
            if (!self.containsKey(c.id())) {
                continue;
            }
            Score old = byCriterion.get(c.id());
            BigDecimal before = old == null ? null : old.self();
            BigDecimal after = self.get(c.id());
            if (!same(before, after)) {
                changes.add(new ImportService.Change("import.return.change.score", List.of(c.code(), text(before),
                        text(after))));
                overwrites |= before != null;
            }
        }
        return overwrites;
    }

    /**
     * The indicators that would change, be added or be removed.
     *
     * @return whether an indicator already in the year would change or go
     */
    static boolean indicators(List<Indicator> stored, List<YearImport.IndicatorLine> lines,
                              List<ImportService.Change> changes) {
        Map<String, Indicator> byName = new HashMap<>();
        stored.forEach(i -> byName.putIfAbsent(key(i.name()), i));
        boolean overwrites = false;
        Set<String> named = new HashSet<>();
        for (YearImport.IndicatorLine l : lines) {
            named.add(key(l.name()));
            Indicator old = byName.get(key(l.name()));
            if (old == null) {
                changes.add(new ImportService.Change("import.return.change.added", List.of(l.name(), text(l.plan()),
                        text(l.actual()), text(l.previous()))));
                continue;
            }
            overwrites |= field(changes, l.name(), "import.return.change.measure", old.measureUnit(), l.measureUnit());
            overwrites |= figure(changes, l.name(), "import.return.change.plan", old.plan(), l.plan());
            overwrites |= figure(changes, l.name(), "import.return.change.actual", old.actual(), l.actual());
            overwrites |= figure(changes, l.name(), "import.return.change.previous", old.previousYear(), l.previous());
            overwrites |= field(changes, l.name(), "import.return.change.note", old.note(), l.note());
        }
        for (Indicator i : stored) {
            if (!named.contains(key(i.name()))) {
                changes.add(new ImportService.Change("import.return.change.removed", List.of(i.name())));
                overwrites = true;
            }
        }
        return overwrites;
    }

    private static boolean figure(List<ImportService.Change> changes, String name, String key, BigDecimal before,
                                  BigDecimal after) {
        if (same(before, after)) {
            return false;
        }
        changes.add(new ImportService.Change(key, List.of(name, text(before), text(after))));
        return before != null;
    }

    private static boolean field(List<ImportService.Change> changes, String name, String key, String before,
                                 String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (b.equals(a)) {
            return false;
        }
        changes.add(new ImportService.Change(key, List.of(name, b.isEmpty() ? NONE : b, a.isEmpty() ? NONE : a)));
        return !b.isEmpty();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static String text(BigDecimal v) {
        return v == null ? NONE : VnFormat.formatNumber(v);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
