package vn.thidua.domain.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A year's scoring table: groups in their order, and criteria in group order then their own.
 * Codes and ids are unique and every criterion belongs to a group of the table.
 */
public record ScoringTable(List<CriterionGroup> groups, List<Criterion> criteria) {

    public ScoringTable {
        groups = groups.stream()
                .sorted(Comparator.comparingInt(CriterionGroup::order).thenComparing(CriterionGroup::code))
                .toList();
        Map<String, Integer> groupOrder = new HashMap<>();
        for (CriterionGroup g : groups) {
            if (groupOrder.put(g.code(), g.order()) != null) {
                throw new IllegalArgumentException("two groups with code " + g.code());
            }
        }
        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!groupOrder.containsKey(c.groupCode())) {
                throw new IllegalArgumentException("criterion " + c.code() + " is in unknown group " + c.groupCode());
            }
            if (!ids.add(c.id()) || !codes.add(c.code())) {
                throw new IllegalArgumentException("two criteria with id " + c.id() + " or code " + c.code());
            }
        }
        criteria = criteria.stream()
                .sorted(Comparator.<Criterion>comparingInt(c -> groupOrder.get(c.groupCode()))
                        .thenComparing(Criterion::groupCode)
                        .thenComparingInt(Criterion::order)
                        .thenComparing(Criterion::code))
                .toList();
    }

    public Optional<Criterion> criterion(long id) {
        return criteria.stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<Criterion> criterionByCode(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<CriterionGroup> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public List<Criterion> criteriaOf(String groupCode) {
        return criteria.stream().filter(c -> c.groupCode().equals(groupCode)).toList();
    }

    public List<Criterion> ofKind(CriterionKind kind) {
        return criteria.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The most a unit can get on regular criteria (usually 100). */
    public BigDecimal regularMax() {
        return ofKind(CriterionKind.REGULAR).stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
