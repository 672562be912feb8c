package dk.almenmonitor.opcost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.almenmonitor.housing.Departments;
import dk.almenmonitor.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The benchmark of a year as the current user may see it: sector and group figures for everyone, departments and
 * organisations only as {@code housing.Departments.visibleTo} allows (all of them, the user's own housing
 * organisations, or none).
 */
@Service
class OperatingCosts {

    /** What of the department level the user sees. */
    record Scope(boolean all, Set<Integer> organisations) {
        static final Scope NONE = new Scope(false, Set.of());

        String level() {
            return all ? "ALL" : organisations.isEmpty() ? "NONE" : "OWN";
        }
    }

    private final OperatingCostRepository repository;
    private final Departments departments;

    OperatingCosts(OperatingCostRepository repository, Departments departments) {
        this.repository = repository;
        this.departments = departments;
    }

    List<Integer> years() {
        return repository.years();
    }

    Scope scope(Optional<CurrentUser> user) {
        if (user.isEmpty()) {
            return Scope.NONE;
        }
        var visibility = departments.visibleTo(user.get());
        return new Scope(visibility.all(), Set.copyOf(visibility.organisations()));
    }

    /** The year's benchmark, or empty when no import holds the year. */
    Optional<BenchmarkView> benchmark(int year, Scope scope) {
        return repository.source(year).map(source -> {
            List<BenchmarkView.GroupView> groups = groups(repository.groups(year));
            BenchmarkView.GroupView sector = groups.stream().filter(g -> g.sizeBand().equals(ComparableBands.ALL))
                    .findFirst().orElse(null);
            List<BenchmarkView.GroupView> comparable = groups.stream()
                    .filter(g -> !g.sizeBand().equals(ComparableBands.ALL)).toList();
            boolean visible = !scope.level().equals("NONE");
            return new BenchmarkView(year, source.importId(), source.fileName(), source.importedAt(),
                    source.departments(), sector, comparable, scope.level(),
                    visible ? departmentViews(year, scope) : null, visible ? organisationViews(year, scope) : null);
        });
    }

    private List<BenchmarkView.DepartmentView> departmentViews(int year, Scope scope) {
        return repository.departments(year, scope.all(), scope.organisations()).stream()
                .map(d -> new BenchmarkView.DepartmentView(d.organisationNo(), d.departmentNo(), d.name(),
                        d.sizeBand(), d.builtBand(), d.areaM2(), keyed(d.perM2()), d.groupMedianM2(),
                        d.distanceM2(), d.distancePct()))
                .toList();
    }

    private List<BenchmarkView.OrganisationView> organisationViews(int year, Scope scope) {
        return repository.organisations(year, scope.all(), scope.organisations()).stream()
                .map(o -> new BenchmarkView.OrganisationView(o.organisationNo(), o.name(), o.departments(),
                        o.areaM2(), keyed(o.perM2())))
                .toList();
    }

    private static Map<String, BigDecimal> keyed(Map<CostMeasure, BigDecimal> values) {
        Map<String, BigDecimal> keyed = new LinkedHashMap<>();
        values.forEach((measure, value) -> keyed.put(measure.key(), value));
        return keyed;
    }

    /** The group rows folded into one view per group (measures in order), sector first, then by size and age. */
    static List<BenchmarkView.GroupView> groups(List<OperatingCostRepository.GroupRow> rows) {
        Map<String, List<OperatingCostRepository.GroupRow>> byGroup = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((OperatingCostRepository.GroupRow r) -> ComparableBands.order(
                        ComparableBands.SIZE, r.sizeBand()))
                .thenComparing(r -> ComparableBands.order(ComparableBands.BUILT, r.builtBand()))
                .thenComparing(OperatingCostRepository.GroupRow::measure))
                .forEach(r -> byGroup.computeIfAbsent(r.sizeBand() + "|" + r.builtBand(), k -> new ArrayList<>())
                        .add(r));
        List<BenchmarkView.GroupView> groups = new ArrayList<>();
        for (List<OperatingCostRepository.GroupRow> group : byGroup.values()) {
            Map<String, BenchmarkView.Quartiles> byCategory = new LinkedHashMap<>();
            group.forEach(r -> byCategory.put(r.measure().key(),
                    new BenchmarkView.Quartiles(r.q1(), r.median(), r.q3())));
            OperatingCostRepository.GroupRow first = group.get(0);
            groups.add(new BenchmarkView.GroupView(first.sizeBand(), first.builtBand(), first.departments(),
                    byCategory));
        }
        return groups;
    }
}
