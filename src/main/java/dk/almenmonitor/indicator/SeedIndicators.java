package dk.almenmonitor.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.shared.Precision;

/**
 * The indicators and targets of the seed agreement (Hovedaftale 2015-2018), from the user's seed document
 * {@code 000_356a0ad18a236da2.txt}; the observations are in {@code seed/indicator-observations.csv}.
 */
final class SeedIndicators {

    static final String AGREEMENT_ID = "kk-bl1-2015-2018";
    static final String OBSERVATIONS = "seed/indicator-observations.csv";

    /** A target for the goal of the given kind whose text starts with {@code titleStart}; null kind = link only. */
    record SeedTarget(GoalKind goalKind, String titleStart, String indicator, TargetKind kind, TargetMode mode,
                      String value, String tolerance, Precision precision, String period, LocalDate countFrom,
                      String baselinePeriod) {
    }

    static final List<IndicatorView> INDICATORS = List.of(
            new IndicatorView("almene-boliger-andel", "Almene boligers andel af boligerne i København", "%", 1,
                    Direction.HIGHER_IS_BETTER, "BBR / kk.dk/statistik", "YEAR", List.of(), false),
            new IndicatorView("skema-a-tilsagn", "Skema A-tilsagn til nye almene boliger siden 1. januar 2015 (løbende sum)",
                    "boliger", 0, Direction.HIGHER_IS_BETTER, "Københavns Kommune (TMF/ØKF)", "IRREGULAR",
                    List.of("boligtype"), true),
            new IndicatorView("udsaettelser", "Udsættelser af lejere i København", "udsættelser", 0,
                    Direction.LOWER_IS_BETTER, "Domstolsstyrelsen via Socialforvaltningen", "YEAR", List.of(), false),
            new IndicatorView("udsatte-omraader", "Udsatte og særligt udsatte boligområder i København på ministeriets liste",
                    "områder", 0, Direction.LOWER_IS_BETTER, "Ministeriets liste pr. 1. december", "YEAR", List.of(), false),
            new IndicatorView("lav-husleje-boliger", "Almene boliger med husleje under 3.500 kr. om måneden ekskl. forbrug",
                    "boliger", 0, Direction.HIGHER_IS_BETTER, "Landsbyggefondens huslejedatabase (BL og SOF)",
                    "IRREGULAR", List.of("boligtype"), false),
            new IndicatorView("varmeforbrug-m2", "Varmeforbrug pr. m² i den almene sektor i København", "kWh/m²", 1,
                    Direction.LOWER_IS_BETTER, "HOFOR", "YEAR", List.of(), false),
            new IndicatorView("energimaerke-e-g-andel", "Andel af energimærker med E eller lavere i den almene sektor", "%",
                    1, Direction.LOWER_IS_BETTER, "Energistyrelsen (EMO) / boligorganisationerne", "YEAR", List.of(), false),
            new IndicatorView("driftsudgifter-m2", "Driftsudgifter pr. m² i de almene afdelinger (sektorens median)",
                    "kr./m²", 0, Direction.LOWER_IS_BETTER, "Boligorganisationernes driftsudgifter pr. afdeling",
                    "YEAR", List.of(), false));

    static final List<SeedTarget> TARGETS = List.of(
            // Seed line 557 and 575: minimum 20 %, "mindre udsving" tolerated (our tolerance: 0,5 percentage points).
            new SeedTarget(GoalKind.MEASURABLE, "At almene boliger skal udgøre minimum 20 pct.", "almene-boliger-andel",
                    TargetKind.AT_LEAST, TargetMode.MAINTAIN, "20", "0.5", Precision.DAY, "2015-2018", null, null),
            // Seed line 582: Skema A commitments for at least 2.000 dwellings in 2015 and 2016.
            new SeedTarget(GoalKind.MEASURABLE, "At der i 2015 og 2016 gives tilsagn til mindst 2.000", "skema-a-tilsagn",
                    TargetKind.COUNT_BY, TargetMode.BY_DUE, "2000", "0", Precision.DAY, "2015-2016",
                    LocalDate.of(2015, 1, 1), null),
            // Seed line 761-762: at most 457 evictions in 2017 (annual values).
            new SeedTarget(GoalKind.MEASURABLE, "At fortsætte samarbejdet om forebyggelse af udsættelser", "udsaettelser",
                    TargetKind.AT_MOST, TargetMode.BY_DUE, "457", "0", Precision.YEAR, "2017", null, null),
            // Seed line 686-687: a further third fewer areas by 2018, from the list of 1 December 2013 (6 areas).
            new SeedTarget(GoalKind.MEASURABLE, "At reducere antallet af udsatte og særligt udsatte boligområder",
                    "udsatte-omraader", TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE, "-33.33", "0", Precision.DAY,
                    "2018", null, "2013-12-01"),
            // Seed line 234-240: heat use per m² down 30 % by 2025 from 2010 (the analysis goal that maps it).
            new SeedTarget(GoalKind.ANALYSIS, "At udarbejde en kortlægning af energi- og vandforbruget", "varmeforbrug-m2",
                    TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE, "-30", "0", Precision.YEAR, "2025", null, "2010"),
            // Seed line 814-820: the share of labels E or worse halved after the agreement period, baseline 2014.
            new SeedTarget(GoalKind.MEASURABLE, "At der udarbejdes og gennemføres konkrete planer for energiforbedringer",
                    "energimaerke-e-g-andel", TargetKind.CHANGE_FROM_BASELINE, TargetMode.BY_DUE, "-50", "0",
                    Precision.YEAR, "2018", null, "2014"),
            // Seed line 284: the low-rent dwellings are monitored; no target, a link for the chart.
            new SeedTarget(GoalKind.ANALYSIS, "At parterne løbende vil overvåge udviklingen i antallet af almene boliger "
                    + "med lav husleje", "lav-husleje-boliger", null, null, null, null, null, null, null, null),
            // Seed line 429-431: efficient operation, a benchmark for the styringsdialog; no target, a link for the chart.
            new SeedTarget(GoalKind.ANALYSIS, "At boligorganisationerne forpligter sig til at sikre en effektiv drift",
                    "driftsudgifter-m2", null, null, null, null, null, null, null, null));

    private SeedIndicators() {
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
