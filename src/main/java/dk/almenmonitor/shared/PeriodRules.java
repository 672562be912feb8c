package dk.almenmonitor.shared;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The base expressions of docs/domain.md §1 as regular expressions, each with a function from its match to a
 * {@link PeriodSpan} ({@code null} when the match names an impossible date). Every pattern is meant to be
 * applied with {@code lookingAt()} at the start of a word; none of them backtracks more than linearly.
 */
final class PeriodRules {

    /** {@code digitFirst}: the pattern can only start at a digit (the others only at a letter). */
    record Rule(Pattern pattern, boolean digitFirst, Function<MatchResult, @Nullable PeriodSpan> span) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final String WS = "[\\s\\u00A0]";
    private static final String SP = WS + "+";
    /** "af"/"i" between the parts: "2. halvdel af 2017", "sommeren i 2017". */
    private static final String CONN = "(?:" + SP + "(?:af|i))?" + SP;
    /** A match ends at a word boundary, and not inside a number such as 2017,5. */
    private static final String END = "(?![\\p{L}\\d]|[.,]\\d)";
    private static final String Y4 = "((?:19|20)\\d{2})";
    private static final String Y24 = "((?:19|20)\\d{2}|\\d{2})";
    private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
    private static final String PART = "(primo|medio|ultimo|midten|starten|begyndelsen|slutningen)(?:" + SP + "af)?";
    private static final String HALF = "(?:halvdel|halvår)";
    private static final String QUARTER = "(?:kvartal|kvt\\.?)";
    private static final List<String> MONTH_KEYS =
            List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec");

    /** Recognises regexes that start with \\d, [12] or a year such as ((?:19|20)\\d{2}). */
    private static final Pattern DIGIT_FIRST = Pattern.compile("\\(*(?:\\\\d|\\[\\d|\\?:19)");

    /** "inden udgangen af", "senest", "inden", "før" …, longest first; group 1 is the keyword. */
    static final Pattern PREFIX = Pattern.compile("(inden" + SP + "udgangen" + SP + "af|senest" + SP + "ved" + SP
            + "udgangen" + SP + "af|ved" + SP + "udgangen" + SP + "af|senest|frem" + SP + "til|inden|før)" + SP
            + "(?:(?:i|pr\\.)" + SP + ")?", FLAGS);
    /** "ultimo 2016/primo 2017". */
    static final Pattern JOIN = Pattern.compile(WS + "*/" + WS + "*");

    /** Ties between equally long matches go to the earlier rule. */
    static final List<Rule> RULES = List.of(
            rule(Y4 + "-(\\d{2})-(\\d{2})" + END, m -> PeriodSpan.day(num(m, 1), num(m, 2), num(m, 3))),
            rule("(\\d{1,2})\\.(\\d{1,2})\\." + Y24 + END, m -> PeriodSpan.day(year(m, 3), num(m, 2), num(m, 1))),
            rule("(\\d{1,2})/(\\d{1,2})[-/]" + Y24 + END, m -> PeriodSpan.day(year(m, 3), num(m, 2), num(m, 1))),
            rule("(\\d{1,2})\\.?" + WS + "*" + MONTH + SP + Y4 + END,
                    m -> PeriodSpan.day(num(m, 3), month(m, 2), num(m, 1))),
            rule(MONTH + SP + Y4 + END, m -> PeriodSpan.month(num(m, 2), month(m, 1))),
            rule(PART + SP + MONTH + SP + Y4 + END, m -> PeriodSpan.partOfMonth(num(m, 3), month(m, 2), part(m))),
            rule(PART + SP + Y4 + END, m -> PeriodSpan.partOfYear(num(m, 2), part(m))),
            rule("(foråret|forår|sommeren|sommer|efteråret|efterår)" + CONN + Y4 + END,
                    m -> PeriodSpan.season(num(m, 2), seasonStart(m.group(1)))),
            rule("sommerferien?" + CONN + Y4 + END, m -> PeriodSpan.summerHoliday(num(m, 1))),
            rule("vinter(?:en)?" + CONN + Y4 + WS + "*/" + WS + "*" + Y24 + END,
                    m -> PeriodSpan.winter(num(m, 1), year(m, 2))),
            rule("([12])\\." + WS + "*" + HALF + CONN + Y4 + END, m -> PeriodSpan.half(num(m, 2), num(m, 1))),
            rule("(første|andet|anden|sidste)" + SP + HALF + CONN + Y4 + END,
                    m -> PeriodSpan.half(num(m, 2), ordinal(m.group(1)) == 1 ? 1 : 2)),
            rule(Y4 + "-?H([12])" + END, m -> PeriodSpan.half(num(m, 1), num(m, 2))),
            rule("H([12])" + WS + "*" + Y4 + END, m -> PeriodSpan.half(num(m, 2), num(m, 1))),
            rule("([1-4])\\." + WS + "*" + QUARTER + CONN + Y4 + END, m -> PeriodSpan.quarter(num(m, 2), num(m, 1))),
            rule("(første|andet|anden|tredje|fjerde|sidste)" + SP + "kvartal" + CONN + Y4 + END,
                    m -> PeriodSpan.quarter(num(m, 2), ordinal(m.group(1)))),
            rule("Q([1-4])[\\s\\u00A0-]*" + Y4 + END, m -> PeriodSpan.quarter(num(m, 2), num(m, 1))),
            rule(Y4 + WS + "*-?[KQ]([1-4])" + END, m -> PeriodSpan.quarter(num(m, 1), num(m, 2))),
            rule(Y4 + "(?:" + WS + "*[-–—/]" + WS + "*|" + SP + "til" + SP + ")" + Y4 + END,
                    m -> PeriodSpan.years(num(m, 1), num(m, 2))),
            rule(Y4 + "[-–/](\\d{2})" + END, m -> PeriodSpan.years(num(m, 1), year(m, 2))),
            rule(Y4 + "-(0[1-9]|1[0-2])" + END, m -> PeriodSpan.month(num(m, 1), num(m, 2))),
            rule(Y4 + END, m -> PeriodSpan.year(num(m, 1))));

    private PeriodRules() {
    }

    private static Rule rule(String regex, Function<MatchResult, @Nullable PeriodSpan> span) {
        boolean digitFirst = DIGIT_FIRST.matcher(regex).lookingAt();
        return new Rule(Pattern.compile(regex, FLAGS), digitFirst, span);
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Two-digit years are 20xx. */
    private static int year(MatchResult m, int group) {
        String y = m.group(group);
        return y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
    }

    private static int month(MatchResult m, int group) {
        return MONTH_KEYS.indexOf(m.group(group).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static int part(MatchResult m) {
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "primo", "starten", "begyndelsen" -> 0;
            case "medio", "midten" -> 1;
            default -> 2;
        };
    }

    private static int seasonStart(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("forår") ? 3 : w.startsWith("sommer") ? 6 : 9;
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "første" -> 1;
            case "andet", "anden" -> 2;
            case "tredje" -> 3;
            default -> 4;
        };
    }
}
