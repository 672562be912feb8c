package dk.almenmonitor.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

/** heat.csv, energy-labels.csv and degree-days.csv. */
final class EnergyFiles {

    /** Hot-water share h of the degree-day normalisation (docs/domain.md §9), the default the application uses. */
    static final double HOT_WATER_SHARE = 0.25;
    /** Energy labels are generated as they stand on this day: later labels do not exist yet. */
    static final LocalDate LABELS_AS_OF = LocalDate.of(2024, 12, 31);

    private static final long SALT_HEAT = 2_000_000;
    private static final long SALT_LABELS = 3_000_000;
    private static final long FIRST_LABEL_ID = 311_000_001L;
    private static final LocalDate LABELS_FROM = LocalDate.of(2008, 1, 1);

    private EnergyFiles() {
    }

    static void degreeDays(YearSeries series, int years, CsvLine out) throws IOException {
        for (int year = YearSeries.LAST - years + 1; year <= YearSeries.LAST; year++) {
            out.number(year).number(series.degreeDays(year)).end();
        }
    }

    /**
     * One row per department with district heating and year from 2010 (or the first whole year after it was built)
     * to 2024, about 1 % of the years missing as in real meter data. The degree-day normalised use starts at the
     * department's level and falls by its own yearly rate, a fifth more after a renovation in some departments; the
     * delivered MWh is that use de-normalised with the year's degree days, so normalising it back (docs/domain.md §9)
     * gives the department's curve plus a few per cent of noise.
     */
    static void heat(Spine spine, YearSeries series, long seed, CsvLine out) throws IOException {
        double h = HOT_WATER_SHARE;
        for (Spine.Department d : spine.departments()) {
            if (!d.districtHeating()) {
                continue;
            }
            Rng rng = Rng.of(seed, SALT_HEAT + d.index());
            double rate = rng.normal(0.008, 0.006, -0.005, 0.03);
            int renovated = rng.chance(0.2) ? rng.between(YearSeries.FIRST + 1, YearSeries.LAST) : Integer.MAX_VALUE;
            for (int year = Math.max(YearSeries.FIRST, d.yearBuilt() + 1); year <= YearSeries.LAST; year++) {
                double normalised = d.heatBase() * StrictMath.pow(1 - rate, year - YearSeries.FIRST)
                        * (year >= renovated ? 0.85 : 1.0);
                double weather = (1 - h) * YearSeries.NORMAL_DEGREE_DAYS / series.degreeDays(year) + h;
                double kwhPerM2 = normalised / weather * rng.normal(1, 0.03, 0.9, 1.1);
                if (rng.chance(0.01)) {
                    continue;
                }
                out.number(d.organisation().number()).number(d.number()).number(year)
                        .decimal(kwhPerM2 * d.heatedArea() / 1000).number(d.heatedArea());
                out.end();
            }
        }
    }

    /**
     * The labels of each department's buildings (one building per 12–30 dwellings), each valid 10 years, replaced at
     * expiry or earlier after a renovation, so that a label is valid for most buildings on any date from 2015. The
     * calculated use follows the department's heat level: most labels C or D, a tail of E, F and G, the newest
     * buildings A2010/A2015/A2020; a D is sometimes written "C/D".
     */
    static void energyLabels(Spine spine, long seed, CsvLine out) throws IOException {
        long id = FIRST_LABEL_ID;
        for (Spine.Department d : spine.departments()) {
            Rng rng = Rng.of(seed, SALT_LABELS + d.index());
            int buildings = (int) Math.max(1, Math.round(d.dwellings() / rng.uniform(12, 30)));
            double area = Math.max(50.0, (double) d.heatedArea() / buildings);
            for (int b = 0; b < buildings; b++) {
                String building = new UUID((rng.nextLong() & ~0xF000L) | 0x4000L,
                        (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
                double value = d.heatBase() * rng.normal(0.93, 0.07, 0.7, 1.2);
                LocalDate from = firstLabel(rng, d.yearBuilt());
                boolean first = true;
                while (from != null && !from.isAfter(LABELS_AS_OF)) {
                    LocalDate to = from.plusYears(10).minusDays(1);
                    boolean early = rng.chance(0.35);
                    LocalDate next = early ? from.plusYears(rng.between(4, 9)).plusDays(rng.between(0, 364))
                            : rng.chance(0.9) ? to.plusDays(rng.between(-60, 1)) : null;
                    String status;
                    if (next != null && !next.isAfter(LABELS_AS_OF)) {
                        to = next.minusDays(1);
                        status = "erstattet";
                    } else {
                        status = to.isBefore(LABELS_AS_OF) ? "udløbet" : "gyldig";
                    }
                    out.number(id++).text(classification(rng, value, area, first ? d.yearBuilt() : 0))
                            .date(from).date(to).text(status).number(d.postalCode()).text(building)
                            .number(d.organisation().number()).number(d.number());
                    out.end();
                    value *= early ? rng.uniform(0.7, 0.85) : rng.uniform(0.93, 1.0);
                    from = next == null || next.isAfter(LABELS_AS_OF) ? null : next;
                    first = false;
                }
            }
        }
    }

    private static LocalDate firstLabel(Rng rng, int yearBuilt) {
        if (yearBuilt >= LABELS_FROM.getYear()) {
            return LocalDate.of(yearBuilt, 1, 1).plusDays(rng.between(180, 540));
        }
        return rng.chance(0.85) ? LABELS_FROM.plusDays(rng.between(0, 7 * 365 - 1))
                : LocalDate.of(2015, 1, 1).plusDays(rng.between(0, 6 * 365 - 1));
    }

    /**
     * The class from the calculated use (kWh/m²/yr) with the housing thresholds (heated area A): a building's first
     * label after 2010 is A2010, A2015 or A2020 by the year it was built.
     */
    static String classification(Rng rng, double kwhPerM2, double area, int yearBuiltOfNewBuilding) {
        if (yearBuiltOfNewBuilding >= 2020) {
            return "A2020";
        }
        if (yearBuiltOfNewBuilding >= 2015) {
            return "A2015";
        }
        if (yearBuiltOfNewBuilding >= 2010) {
            return "A2010";
        }
        if (kwhPerM2 <= 70 + 2200 / area) {
            return "B";
        }
        if (kwhPerM2 <= 110 + 3200 / area) {
            return "C";
        }
        if (kwhPerM2 <= 150 + 4200 / area) {
            return rng.chance(0.03) ? "C/D" : "D";
        }
        if (kwhPerM2 <= 190 + 5200 / area) {
            return "E";
        }
        return kwhPerM2 <= 240 + 6500 / area ? "F" : "G";
    }
}
