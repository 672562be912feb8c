package dk.almenmonitor.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisations and their departments that every department-keyed file shares (departments, rents, heat, energy
 * labels, operating costs, the new-build projects' organisations). Built once per generator, a few thousand objects
 * at national scale; the dwellings of a department are not kept but drawn again from the department's own stream
 * whenever they are needed ({@link #dwellings}), so the rents file streams and the heated area agrees with it.
 */
final class Spine {

    record Organisation(int number, String name, Municipality home) {
    }

    /** One department; {@code rentPerM2} is its yearly rent level for a family dwelling, {@code heatBase} its
     *  degree-day normalised heat use in 2010 (kWh/m²). */
    record Department(int index, Organisation organisation, int number, String name, Municipality municipality,
                      int postalCode, int yearBuilt, HousingType type, int dwellings, int heatedArea,
                      double rentPerM2, double heatBase, boolean districtHeating, double costFactor) {
    }

    @FunctionalInterface
    interface DwellingSink {
        void dwelling(int tenancy, HousingType type, int area, int rooms, long yearlyRent);
    }

    private static final long SALT = 1;
    private static final long SALT_DWELLINGS = 1_000_000;
    private static final double[] TYPE_WEIGHTS = Rng.cumulative(0.74, 0.12, 0.14);
    private static final double[] TYPE_MEDIAN_SIZE = {70, 45, 30};

    private final long seed;
    private final List<Organisation> organisations;
    private final List<Department> departments;

    private Spine(long seed, List<Organisation> organisations, List<Department> departments) {
        this.seed = seed;
        this.organisations = organisations;
        this.departments = departments;
    }

    List<Organisation> organisations() {
        return organisations;
    }

    List<Department> departments() {
        return departments;
    }

    static Spine build(long seed, int organisationCount, int departmentCount, int dwellingCount,
                       List<Municipality> municipalities, int lastYearBuilt) {
        Rng rng = Rng.of(seed, SALT);
        int depts = Math.max(1, Math.min(departmentCount, dwellingCount));
        int orgs = Math.max(1, Math.min(organisationCount, depts));
        double[] municipalityWeights = Rng.cumulative(municipalities.stream()
                .mapToDouble(m -> m.populationThousands() * (m.largeCity() ? 1.3 : 1.0)).toArray());

        List<Organisation> organisations = new ArrayList<>(orgs);
        Set<String> orgNames = new HashSet<>();
        double[] orgWeights = new double[orgs];
        int number = 10;
        for (int i = 0; i < orgs; i++) {
            Municipality home = municipalities.get(rng.pick(municipalityWeights));
            organisations.add(new Organisation(number, Names.organisation(rng, home, orgNames), home));
            number += rng.between(1, 3);
            orgWeights[i] = rng.lognormal(1, 1.1);
        }
        double[] orgCumulative = Rng.cumulative(orgWeights);

        // Draft each department: organisation, place, type, year, relative size.
        int[] orgOf = new int[depts];
        HousingType[] types = new HousingType[depts];
        double[] sizeWeights = new double[depts];
        Municipality[] places = new Municipality[depts];
        int[] years = new int[depts];
        for (int j = 0; j < depts; j++) {
            orgOf[j] = j < orgs ? j : rng.pick(orgCumulative);
            Municipality home = organisations.get(orgOf[j]).home();
            places[j] = municipalities.size() == 1 || rng.chance(0.85) ? home
                    : municipalities.get(rng.pick(municipalityWeights));
            types[j] = HousingType.values()[rng.pick(TYPE_WEIGHTS)];
            sizeWeights[j] = rng.lognormal(TYPE_MEDIAN_SIZE[types[j].ordinal()], 0.85);
            years[j] = yearBuilt(rng, types[j], lastYearBuilt);
        }
        int[] sizes = allocate(sizeWeights, dwellingCount);

        // Number the departments within their organisation, in the order drawn.
        Integer[] order = new Integer[depts];
        for (int j = 0; j < depts; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer j) -> orgOf[j]).thenComparingInt(j -> j));
        Map<Integer, Set<String>> namesPerOrg = new HashMap<>();
        List<Department> departments = new ArrayList<>(depts);
        Spine spine = new Spine(seed, Collections.unmodifiableList(organisations), departments);
        int previousOrg = -1;
        int deptNumber = 0;
        for (Integer j : order) {
            deptNumber = orgOf[j] == previousOrg ? deptNumber + 1 : 1;
            previousOrg = orgOf[j];
            Organisation org = organisations.get(orgOf[j]);
            String name = Names.place(rng, namesPerOrg.computeIfAbsent(orgOf[j], k -> new HashSet<>()));
            Municipality place = places[j];
            int year = years[j];
            double rent = 905 * yearRentFactor(year) * (place.largeCity() ? 1.03 : 0.97) * rng.lognormal(1, 0.11);
            double heat = heatBase(year) * rng.lognormal(1, 0.12) * (rng.chance(0.06) ? rng.uniform(1.25, 1.7) : 1);
            boolean districtHeating = rng.chance(place.largeCity() ? 0.97 : 0.9);
            double costFactor = rng.lognormal(1, 0.15);
            int postal = place.postalCode(rng);
            double areaFactor = rng.uniform(1.02, 1.08);
            Department draft = new Department(departments.size(), org, deptNumber, name, place, postal, year,
                    types[j], sizes[j], 0, rent, heat, districtHeating, costFactor);
            long[] area = {0};
            spine.dwellings(draft, (tenancy, type, m2, rooms, yearlyRent) -> area[0] += m2);
            departments.add(new Department(draft.index(), org, deptNumber, name, place, postal, year, types[j],
                    sizes[j], (int) Math.round(area[0] * areaFactor), rent, heat, districtHeating, costFactor));
        }
        return spine;
    }

    /** The department's dwellings, drawn from its own stream: the same every time. */
    void dwellings(Department department, DwellingSink sink) {
        Rng rng = Rng.of(seed, SALT_DWELLINGS + department.index());
        for (int tenancy = 1; tenancy <= department.dwellings(); tenancy++) {
            HousingType type = department.type() == HousingType.FAMILY && rng.chance(0.04)
                    ? HousingType.ELDERLY : department.type();
            int area = type.area(rng);
            long rent = Math.round(area * department.rentPerM2() * type.rentFactor * rng.normal(1, 0.05, 0.8, 1.25));
            sink.dwelling(tenancy, type, area, HousingType.rooms(area), rent);
        }
    }

    /** Split {@code total} over the weights: every share at least 1, the sum exactly {@code total}. */
    static int[] allocate(double[] weights, int total) {
        int n = weights.length;
        double sum = Arrays.stream(weights).sum();
        int[] shares = new int[n];
        double[] rest = new double[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = weights[i] * total / sum;
            shares[i] = Math.max(1, (int) Math.floor(exact));
            rest[i] = exact - Math.floor(exact);
            assigned += shares[i];
        }
        Integer[] byRest = new Integer[n];
        for (int i = 0; i < n; i++) {
            byRest[i] = i;
        }
        Arrays.sort(byRest, Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparingInt(i -> i));
        for (int k = 0; assigned < total; k = (k + 1) % n) {
            shares[byRest[k]]++;
            assigned++;
        }
        Integer[] bySize = byRest.clone();
        Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> -shares[i]).thenComparingInt(i -> i));
        for (int k = 0; assigned > total; k = (k + 1) % n) {
            if (shares[bySize[k]] > 1) {
                shares[bySize[k]]--;
                assigned--;
            }
        }
        return shares;
    }

    private static int yearBuilt(Rng rng, HousingType type, int last) {
        double[] bands = switch (type) {
            case FAMILY -> new double[] {0.10, 0.20, 0.35, 0.20, 0.15};
            case YOUTH -> new double[] {0.02, 0.03, 0.25, 0.30, 0.40};
            case ELDERLY -> new double[] {0, 0, 0.10, 0.55, 0.35};
        };
        int[][] spans = {{1900, 1939}, {1940, 1959}, {1960, 1979}, {1980, 1999}, {2000, Math.max(2000, last)}};
        int[] span = spans[rng.pick(Rng.cumulative(bands))];
        return Math.min(last, rng.between(span[0], span[1]));
    }

    private static double yearRentFactor(int year) {
        if (year < 1960) {
            return 0.92;
        }
        if (year < 1980) {
            return 0.95;
        }
        return year < 2000 ? 1.03 : 1.15;
    }

    private static double heatBase(int year) {
        if (year < 1960) {
            return 152;
        }
        if (year < 1980) {
            return 147;
        }
        if (year < 2000) {
            return 130;
        }
        return year < 2010 ? 110 : 85;
    }
}
