package dk.almenmonitor.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** newbuild.csv, evictions.csv, operating-costs.csv and price-index.csv. */
final class SectorFiles {

    /** The new-build file is the pipeline as it stood on this day: later Skema B and C dates are empty. */
    static final LocalDate NEWBUILD_AS_OF = LocalDate.of(2018, 12, 31);
    static final int FIRST_COST_YEAR = 2019;
    static final int FIRST_EVICTION_YEAR = 2013;

    private static final long SALT_NEWBUILD = 4;
    private static final long SALT_EVICTIONS = 5;
    private static final long SALT_COSTS = 4_000_000;
    private static final LocalDate FIRST_SKEMA_A = LocalDate.of(2015, 1, 1);
    /** København's evictions per year: the seed's 538, 474, 361 and about twice H1 2016's 141, then a plausible run. */
    private static final int[] COPENHAGEN_EVICTIONS =
        {538, 474, 361, 300, 310, 290, 280, 200, 230, 260, 280, 290};

    private SectorFiles() {
    }

    private record Project(LocalDate skemaA, Spine.Organisation organisation, HousingType type, int dwellings,
                           int smallAndCheap, boolean urbanDevelopment, LocalDate skemaB, LocalDate skemaC,
                           String name, int postalCode) {
    }

    /**
     * Projects with Skema A from 2015 to 2018, each for one of the organisations: 45 % family, 30 % youth and 25 %
     * elderly dwellings by project; about 40 % of the family projects lie in an urban-development area and have
     * 0–30 % small-and-cheap dwellings. Skema B follows 4–18 months after A (for 95 %), Skema C 18–36 months after B;
     * dates after {@link #NEWBUILD_AS_OF} are left empty.
     */
    static void newbuild(Spine spine, int projects, long seed, CsvLine out) throws IOException {
        Rng rng = Rng.of(seed, SALT_NEWBUILD);
        List<Spine.Organisation> organisations = spine.organisations();
        int days = (int) (LocalDate.of(2018, 12, 31).toEpochDay() - FIRST_SKEMA_A.toEpochDay());
        List<Project> list = new ArrayList<>(projects);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < projects; i++) {
            LocalDate a = FIRST_SKEMA_A.plusDays(rng.between(0, days));
            Spine.Organisation org = organisations.get(rng.between(0, organisations.size() - 1));
            double u = rng.uniform();
            HousingType type = u < 0.45 ? HousingType.FAMILY : u < 0.75 ? HousingType.YOUTH : HousingType.ELDERLY;
            double median = switch (type) {
                case FAMILY -> 60;
                case YOUTH -> 70;
                case ELDERLY -> 40;
            };
            int dwellings = (int) Math.round(Math.max(8, Math.min(400, rng.lognormal(median, 0.6))));
            boolean urban = type == HousingType.FAMILY && rng.chance(0.4);
            int small = urban ? (int) Math.round(dwellings * rng.uniform(0, 0.3)) : 0;
            LocalDate b = rng.chance(0.95) ? a.plusDays(rng.between(120, 540)) : null;
            LocalDate c = b == null ? null : b.plusDays(rng.between(540, 1100));
            String name = Names.place(rng, names);
            list.add(new Project(a, org, type, dwellings, small, urban, onOrBefore(b), onOrBefore(c), name,
                    org.home().postalCode(rng)));
        }
        list.sort(Comparator.comparing(Project::skemaA));
        int[] perYear = new int[10_000];
        for (Project p : list) {
            int year = p.skemaA().getYear();
            out.text(String.format("NB-%d-%04d", year, ++perYear[year])).number(p.organisation().number())
                    .text(p.name()).number(p.postalCode()).text(p.type().code).number(p.dwellings())
                    .number(p.smallAndCheap()).text(p.urbanDevelopment() ? "ja" : "nej")
                    .date(p.skemaA()).date(p.skemaB()).date(p.skemaC());
            out.end();
        }
    }

    private static LocalDate onOrBefore(LocalDate date) {
        return date == null || date.isAfter(NEWBUILD_AS_OF) ? null : date;
    }

    /**
     * Evictions per half-year 2013-H1 to 2024-H2 and municipality: København around the seed's figures (a yearly
     * level split about evenly between the halves, a few per cent of noise), other municipalities at 60 % of
     * København's rate per inhabitant with count-like noise.
     */
    static void evictions(List<Municipality> municipalities, long seed, CsvLine out) throws IOException {
        Rng rng = Rng.of(seed, SALT_EVICTIONS);
        Municipality copenhagen = Municipality.copenhagen();
        for (int y = 0; y < COPENHAGEN_EVICTIONS.length; y++) {
            int year = FIRST_EVICTION_YEAR + y;
            double firstHalf = rng.normal(0.5, 0.03, 0.4, 0.6);
            for (int half = 1; half <= 2; half++) {
                double share = half == 1 ? firstHalf : 1 - firstHalf;
                for (Municipality m : municipalities) {
                    double mean = COPENHAGEN_EVICTIONS[y] * share;
                    long count;
                    if (m.code() == Municipality.COPENHAGEN) {
                        count = Math.round(mean * rng.normal(1, 0.04, 0.85, 1.15));
                    } else {
                        mean *= 0.6 * m.populationThousands() / copenhagen.populationThousands();
                        count = Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
                    }
                    out.text(year + "-H" + half).text(m.code4()).number(count);
                    out.end();
                }
            }
        }
    }

    static void priceIndex(YearSeries series, int years, CsvLine out) throws IOException {
        for (int year = YearSeries.LAST - years + 1; year <= YearSeries.LAST; year++) {
            out.number(year).decimal(series.priceIndex(year)).end();
        }
    }

    /**
     * Yearly costs 2019–2024 of every department built before the year, per category at a 2024 level per m² of
     * administration 55, maintenance and renewal 190, cleaning and caretaking 95, utilities 45 and other 60 kr.,
     * each with the department's own log-normal level (administration dearer in departments under 50 dwellings,
     * maintenance in those built before 1980), deflated with the price index and a few per cent of yearly noise.
     */
    static void operatingCosts(Spine spine, YearSeries series, long seed, CsvLine out) throws IOException {
        for (Spine.Department d : spine.departments()) {
            Rng rng = Rng.of(seed, SALT_COSTS + d.index());
            double size = d.dwellings() < 50 ? 1.25 : d.dwellings() > 300 ? 0.9 : 1.0;
            double[] level = {
                55 * size * rng.lognormal(1, 0.18),
                190 * (d.yearBuilt() < 1980 ? 1.15 : 1.0) * rng.lognormal(1, 0.28),
                95 * rng.lognormal(1, 0.22),
                45 * rng.lognormal(1, 0.30),
                60 * rng.lognormal(1, 0.35)};
            for (int year = Math.max(FIRST_COST_YEAR, d.yearBuilt() + 1); year <= YearSeries.LAST; year++) {
                double prices = series.priceIndex(year) / series.priceIndex(YearSeries.LAST) * d.costFactor();
                out.number(d.organisation().number()).number(d.number()).number(year);
                for (double perM2 : level) {
                    out.number(Math.round(perM2 * prices * rng.normal(1, 0.05, 0.8, 1.2) * d.heatedArea()));
                }
                out.number(d.heatedArea());
                out.end();
            }
        }
    }
}
