package dk.almenmonitor.synthetic;

import java.io.IOException;
import java.util.List;

/** bbr-units.csv (one row per BBR unit) and bol101.csv (Danmarks Statistik's table, statbank-like). */
final class StockFiles {

    static final int FIRST_BOL101_YEAR = 2015;
    /** The share of all rows that are almene dwellings; almost the same share of the dwellings that count. */
    static final double ALMENE_SHARE = 0.20;

    private static final long SALT_BBR = 8;
    private static final long SALT_BOL101 = 9;
    private static final double ANNEX_SHARE = 0.015;

    private static final int[] SUPPORT = {10, 25, 40, 42};
    private static final double[] SUPPORT_WEIGHTS = Rng.cumulative(0.80, 0.09, 0.08, 0.03);
    /** Supported, not almene: 15, 20, 30. */
    private static final int[] OTHER_SUPPORT = {15, 20, 30};
    private static final int[] HOUSES = {110, 120, 121, 122, 131, 132};
    private static final int[] CITY_USES = {140, 120, 131, 132, 150, 190};
    private static final double[] CITY_USE_WEIGHTS = Rng.cumulative(0.88, 0.04, 0.04, 0.01, 0.01, 0.02);
    private static final int[] USES = {120, 140, 131, 132, 110, 121, 122, 150, 160, 190};
    private static final double[] USE_WEIGHTS =
            Rng.cumulative(0.42, 0.33, 0.12, 0.04, 0.05, 0.01, 0.01, 0.005, 0.005, 0.01);
    private static final int[] HOUSE_OWNERS = {10, 30, 40, 90, 99};
    private static final double[] HOUSE_OWNER_WEIGHTS = Rng.cumulative(0.93, 0.02, 0.01, 0.03, 0.01);
    private static final int[] FLAT_OWNERS = {10, 41, 30, 40, 50, 80, 90};
    private static final double[] CITY_FLAT_OWNER_WEIGHTS = Rng.cumulative(0.40, 0.36, 0.14, 0.05, 0.02, 0.01, 0.02);
    private static final double[] FLAT_OWNER_WEIGHTS = Rng.cumulative(0.45, 0.20, 0.20, 0.08, 0.04, 0.0, 0.03);

    private static final String[] BEBO = {"Beboede boliger", "Ubeboede boliger"};
    private static final double[] BEBO_P = {0.955, 0.045};
    private static final String[] ANVENDELSE = {"Parcelhuse", "Række-, kæde- og dobbelthuse", "Etageboliger",
        "Kollegier", "Døgninstitutioner", "Anden helårsbeboelse"};
    private static final String[] UDLFORH = {"Udlejet", "Ikke udlejet"};
    private static final String[] EJER = {"Private personer inkl. I/S", "Almene boligselskaber",
        "A/S, ApS og andre selskaber", "Private andelsboligforeninger", "Offentlig myndighed",
        "Andet, herunder uoplyst"};
    private static final int ALMENE = 1;
    private static final String[] OPFOERELSESAAR = {"Før 1900", "1900-1939", "1940-1959", "1960-1979", "1980-1999",
        "2000-2009", "2010 og senere", "Uoplyst opførelsesår"};
    private static final double[] CITY_OWNERS = {0.22, 0.20, 0.18, 0.31, 0.05, 0.04};
    private static final double[] OWNERS = {0.55, 0.20, 0.10, 0.07, 0.03, 0.05};
    /** ANVENDELSE given EJER; rows 0 and 1 (private persons, almene) have a city variant in {@link #CITY_USE_BY_OWNER}. */
    private static final double[][] USE_BY_OWNER = {
        {0.72, 0.10, 0.15, 0, 0, 0.03},
        {0.01, 0.28, 0.66, 0.03, 0.02, 0},
        {0.03, 0.07, 0.85, 0.03, 0.01, 0.01},
        {0.01, 0.15, 0.84, 0, 0, 0},
        {0.05, 0.05, 0.40, 0.05, 0.40, 0.05},
        {0.20, 0.10, 0.50, 0.10, 0.05, 0.05}};
    private static final double[][] CITY_USE_BY_OWNER = {
        {0.10, 0.08, 0.80, 0, 0, 0.02},
        {0, 0.10, 0.85, 0.03, 0.02, 0}};
    private static final double[] RENTED_BY_OWNER = {0.15, 1.0, 0.97, 0.0, 0.9, 0.6};
    private static final double[] BUILT = {0.07, 0.18, 0.13, 0.25, 0.17, 0.09, 0.09, 0.02};
    private static final double[] ALMENE_BUILT = {0.01, 0.08, 0.17, 0.35, 0.22, 0.07, 0.09, 0.01};

    private StockFiles() {
    }

    /**
     * BBR units spread over the municipalities by population: status 7 (Gældende) mostly, 3 % 6 (Opført), 2 % 10
     * (Slettet) and 0,5 % 11 (Fejlregistreret); 1,5 % annexes (185); {@link #ALMENE_SHARE} almene dwellings (enh046
     * 10/25/40/42 in 80/9/8/3 %, owner 20 except some plejeboliger owned by the municipality); the rest private,
     * andels, company and public dwellings with the city's or the country's mix of houses and flats.
     */
    static void bbrUnits(List<Municipality> municipalities, long rows, long seed, CsvLine out) throws IOException {
        Rng rng = Rng.of(seed, SALT_BBR);
        double[] weights = Rng.cumulative(municipalities.stream().mapToDouble(Municipality::populationThousands)
                .toArray());
        String[] codes = municipalities.stream().map(Municipality::code4).toArray(String[]::new);
        double almeneGivenNoAnnex = ALMENE_SHARE / (1 - ANNEX_SHARE);
        for (long row = 0; row < rows; row++) {
            int mi = municipalities.size() == 1 ? 0 : rng.pick(weights);
            Municipality m = municipalities.get(mi);
            int postal = m.postalCode(rng);
            double s = rng.uniform();
            int status = s < 0.02 ? 10 : s < 0.025 ? 11 : s < 0.055 ? 6 : 7;
            int use;
            int support = 0;
            int owner;
            int area;
            if (rng.chance(ANNEX_SHARE)) {
                use = 185;
                owner = rng.chance(0.9) ? 10 : 20;
                area = rng.between(8, 45);
            } else if (rng.chance(almeneGivenNoAnnex)) {
                support = SUPPORT[rng.pick(SUPPORT_WEIGHTS)];
                double u = rng.uniform();
                switch (support) {
                    case 10 -> {
                        use = u < 0.72 ? 140 : u < 0.95 ? 131 : 132;
                        area = HousingType.FAMILY.area(rng);
                    }
                    case 25 -> {
                        use = u < 0.5 ? 150 : 140;
                        area = HousingType.YOUTH.area(rng);
                    }
                    case 40 -> {
                        use = u < 0.6 ? 140 : 131;
                        area = HousingType.ELDERLY.area(rng);
                    }
                    default -> {
                        use = u < 0.6 ? 160 : 140;
                        area = rng.between(25, 45);
                    }
                }
                owner = support == 42 && rng.chance(0.3) ? 50 : rng.chance(0.99) ? 20 : 90;
            } else {
                boolean city = m.code() == Municipality.COPENHAGEN || m.code() == 147;
                use = city ? CITY_USES[rng.pick(CITY_USE_WEIGHTS)] : USES[rng.pick(USE_WEIGHTS)];
                if (isHouse(use)) {
                    owner = HOUSE_OWNERS[rng.pick(HOUSE_OWNER_WEIGHTS)];
                    area = (int) Math.round(rng.normal(140, 35, 50, 350));
                } else if (use == 140) {
                    owner = FLAT_OWNERS[rng.pick(city ? CITY_FLAT_OWNER_WEIGHTS : FLAT_OWNER_WEIGHTS)];
                    area = (int) Math.round(rng.normal(78, 25, 20, 250));
                } else if (use == 150) {
                    owner = rng.chance(0.7) ? 40 : 30;
                    area = rng.between(18, 40);
                } else if (use == 160) {
                    owner = rng.chance(0.8) ? 50 : 70;
                    area = rng.between(25, 45);
                } else {
                    owner = rng.chance(0.6) ? 10 : 90;
                    area = (int) Math.round(rng.normal(90, 30, 30, 250));
                }
                if (rng.chance(0.02)) {
                    support = OTHER_SUPPORT[rng.between(0, OTHER_SUPPORT.length - 1)];
                }
            }
            out.text(codes[mi]).number(postal).number(use).number(support).number(owner).number(area).number(status);
            out.end();
        }
    }

    private static boolean isHouse(int use) {
        for (int h : HOUSES) {
            if (h == use) {
                return true;
            }
        }
        return false;
    }

    /**
     * BOL101 as a statbank download with text labels: one row per municipality × BEBO × ANVENDELSE × UDLFORH × EJER
     * × OPFØRELSESÅR × TID (2015–2024, status per 1 January), the count in INDHOLD; no total rows. A municipality's
     * dwellings grow 0,8 % a year; the owner mix is the city's or the country's, almene about 20 % (København exactly
     * that level, other municipalities 5–45 %); cells that cannot occur are 0 and counts of 1 or 2 are suppressed
     * ({@code ..}) as statbank writes them.
     */
    static void bol101(List<Municipality> municipalities, long seed, CsvLine out) throws IOException {
        Rng rng = Rng.of(seed, SALT_BOL101);
        for (Municipality m : municipalities) {
            boolean city = m.code() == Municipality.COPENHAGEN || m.code() == 147;
            double[] owners = (city ? CITY_OWNERS : OWNERS).clone();
            double almene = m.code() == Municipality.COPENHAGEN ? owners[ALMENE]
                    : Math.max(0.05, Math.min(0.45, owners[ALMENE] * rng.lognormal(1, 0.3)));
            for (int o = 0; o < owners.length; o++) {
                owners[o] = o == ALMENE ? almene : owners[o] * (1 - almene) / (1 - owners[ALMENE]);
            }
            for (int bebo = 0; bebo < BEBO.length; bebo++) {
                for (int use = 0; use < ANVENDELSE.length; use++) {
                    for (int rented = 0; rented < UDLFORH.length; rented++) {
                        for (int owner = 0; owner < EJER.length; owner++) {
                            double[] uses = city && owner <= ALMENE ? CITY_USE_BY_OWNER[owner] : USE_BY_OWNER[owner];
                            double pRented = rented == 0 ? RENTED_BY_OWNER[owner] : 1 - RENTED_BY_OWNER[owner];
                            double cell = owners[owner] * uses[use] * pRented * BEBO_P[bebo];
                            double[] built = owner == ALMENE ? ALMENE_BUILT : BUILT;
                            for (int b = 0; b < OPFOERELSESAAR.length; b++) {
                                for (int year = FIRST_BOL101_YEAR; year <= YearSeries.LAST; year++) {
                                    double total = m.populationThousands() * 510.0
                                            * (1 + 0.008 * (year - FIRST_BOL101_YEAR));
                                    double growth = b == 6 ? 0.5 + 0.1 * (year - FIRST_BOL101_YEAR) : 1.0;
                                    double expected = total * cell * built[b] * growth;
                                    long count = expected == 0 ? 0 : Math.round(expected * rng.lognormal(1, 0.03));
                                    out.text(m.name()).text(BEBO[bebo]).text(ANVENDELSE[use]).text(UDLFORH[rented])
                                            .text(EJER[owner]).text(OPFOERELSESAAR[b]).number(year);
                                    if (count > 0 && count < 3) {
                                        out.text("..");
                                    } else {
                                        out.number(count);
                                    }
                                    out.end();
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
