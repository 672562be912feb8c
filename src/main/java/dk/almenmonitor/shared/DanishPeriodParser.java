package dk.almenmonitor.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

/**
 * Reads Danish period expressions (docs/domain.md §1). Never throws; text without a period gives {@code found=false}.
 *
 * <p>Every expression in the text is found ({@link #findAll}); {@link #parse} returns the primary one: the
 * narrowest, and among equally narrow ones the latest (later end, then later start; a full tie keeps the first
 * written). Narrowness is the interval length in classes — a day, up to 11 days (primo/medio/ultimo of a month),
 * a month, a quarter or season (≤ 92 days), a half-year, a year, then whole years; open intervals are the widest.
 *
 * <p>Choices of ours where the municipality's texts are silent (also in docs/domain.md §1):
 * <ul>
 * <li>Precision {@code FUZZY} for seasons, "sommerferien", primo/medio/ultimo (also "midten af", "starten af",
 * "begyndelsen af", "slutningen af"), spans joined by "/" (unless both sides are years: {@code MULTI_YEAR}) and
 * every open-ended form, because an open interval has no granularity of its own.</li>
 * <li>"inden"/"før" X ends the day before X starts ("inden sommer 2017" … 2017-05-31), except for a single day,
 * which is included as the table says ("inden 1. juli 2017" … 2017-07-01). "senest", "frem til", "(inden|senest
 * ved|ved) udgangen af" X end where X ends. "inden for 2017" means within 2017 and gives the year.</li>
 * <li>Winter spans a year boundary, so only "vinteren 2016/17" (and "vinter 2016/2017") is read: 1 December to
 * the end of February. "vinteren 2017" alone is ambiguous and is not a period.</li>
 * <li>Also read: ISO dates ({@code 2017-01-19}), {@code 2017-01}, {@code 2016-H1}/{@code H1 2016}, "første
 * kvartal", "sidste halvår", "2015 til 2018". Four-digit years are 1900–2099. Expressions need a year: "ultimo
 * december" alone is not a period.</li>
 * <li>A date that does not exist (31/2-2017) is skipped as a whole; its year is not read on its own.</li>
 * <li>{@code matched} leaves out leading noise ("i løbet af", "pr.") and trailing punctuation.</li>
 * </ul>
 */
public final class DanishPeriodParser {

    private DanishPeriodParser() {
    }

    public static ParsedPeriod parse(@Nullable String text) {
        ParsedPeriod best = null;
        for (ParsedPeriod candidate : findAll(text)) {
            if (best == null || isBetter(candidate, best)) {
                best = candidate;
            }
        }
        return best != null ? best : ParsedPeriod.notFound(text);
    }

    /** Every period expression in the text, in the order written. */
    public static List<ParsedPeriod> findAll(@Nullable String text) {
        List<ParsedPeriod> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Scan scan = new Scan(text);
        int pos = 0;
        while (pos < text.length()) {
            Hit hit = wordStart(text, pos) ? scan.expressionAt(pos) : null;
            if (hit == null) {
                pos++;
                continue;
            }
            if (hit.span() != null) {
                PeriodSpan s = hit.span();
                found.add(new ParsedPeriod(text, true, s.from(), s.to(), s.precision(), text.substring(pos, hit.end())));
            }
            pos = hit.end();
        }
        return found;
    }

    private static boolean isBetter(ParsedPeriod candidate, ParsedPeriod best) {
        int byWidth = Long.compare(width(candidate), width(best));
        if (byWidth != 0) {
            return byWidth < 0;
        }
        int byEnd = compareNullable(candidate.to(), best.to(), LocalDate.MAX);
        return byEnd != 0 ? byEnd > 0 : compareNullable(candidate.from(), best.from(), LocalDate.MIN) > 0;
    }

    private static int compareNullable(@Nullable LocalDate a, @Nullable LocalDate b, LocalDate whenNull) {
        return (a == null ? whenNull : a).compareTo(b == null ? whenNull : b);
    }

    private static long width(ParsedPeriod p) {
        if (p.from() == null || p.to() == null) {
            return Long.MAX_VALUE;
        }
        long days = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        for (long limit : new long[] {1, 11, 31, 92, 184, 366}) {
            if (days <= limit) {
                return limit;
            }
        }
        return 366 * ((days + 365) / 366);
    }

    /** Expressions start at a word, and not inside a number such as 3.305. */
    private static boolean wordStart(String text, int i) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        return !((before == '.' || before == ',') && i >= 2 && Character.isDigit(text.charAt(i - 2)));
    }

    /** A match ending at {@code end}; a {@code null} span means an impossible date that is skipped. */
    private record Hit(int end, @Nullable PeriodSpan span) {
    }

    /** The matchers for one text, reused at every position. */
    private static final class Scan {
        private final String text;
        private final int length;
        private final Matcher prefix;
        private final Matcher join;
        private final List<Matcher> rules = new ArrayList<>();

        Scan(String text) {
            this.text = text;
            length = text.length();
            prefix = PeriodRules.PREFIX.matcher(text);
            join = PeriodRules.JOIN.matcher(text);
            PeriodRules.RULES.forEach(rule -> rules.add(rule.pattern().matcher(text)));
        }

        @Nullable Hit expressionAt(int pos) {
            if (!Character.isDigit(text.charAt(pos)) && prefix.region(pos, length).lookingAt()) {
                String keyword = prefix.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ");
                Hit inner = joinedAt(prefix.end());
                if (inner != null) {
                    return new Hit(inner.end(), inner.span() == null ? null : until(keyword, inner.span()));
                }
            }
            return joinedAt(pos);
        }

        private @Nullable Hit joinedAt(int pos) {
            Hit first = baseAt(pos);
            if (first == null || first.span() == null || !join.region(first.end(), length).lookingAt()) {
                return first;
            }
            Hit second = baseAt(join.end());
            return second == null || second.span() == null ? first
                    : new Hit(second.end(), first.span().join(second.span()));
        }

        /** The longest match of any rule; at equal length a valid match, then the earlier rule. */
        private @Nullable Hit baseAt(int pos) {
            Hit best = null;
            boolean digit = pos < length && Character.isDigit(text.charAt(pos));
            for (int i = 0; i < rules.size(); i++) {
                Matcher m = rules.get(i);
                if (PeriodRules.RULES.get(i).digitFirst() != digit || !m.region(pos, length).lookingAt()) {
                    continue;
                }
                Hit hit = new Hit(m.end(), spanOf(PeriodRules.RULES.get(i), m));
                if (best == null || hit.end() > best.end() || hit.end() == best.end() && best.span() == null) {
                    best = hit;
                }
            }
            return best;
        }

        private static @Nullable PeriodSpan spanOf(PeriodRules.Rule rule, Matcher m) {
            try {
                return rule.span().apply(m);
            } catch (DateTimeException | IllegalArgumentException e) {
                return null;
            }
        }

        private static PeriodSpan until(String keyword, PeriodSpan span) {
            boolean before = keyword.equals("inden") || keyword.equals("før");
            if (before && span.precision() != Precision.DAY) {
                return PeriodSpan.until(span.from().minusDays(1));
            }
            return PeriodSpan.until(span.to());
        }
    }
}
