package dk.almenmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class DanishPeriodParserPropertyTests {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", DANISH);

    /** An interval and how a person would write it. */
    record Written(String text, LocalDate from, LocalDate to, Precision precision) {
    }

    @Property
    void neverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 2000) String text) {
        ParsedPeriod p = DanishPeriodParser.parse(text);

        assertThat(p.text()).isEqualTo(text);
        assertThat(p.found()).isEqualTo(p.matched() != null);
    }

    /**
     * Period words among arbitrary text, long digit runs (a year or day past any int), control characters and
     * surrogates: the parser answers (found or not), never throws, and what it finds is well-formed.
     */
    @Property(tries = 1000)
    void neverThrowsOnPeriodWordsAmongNoise(@ForAll("noisy") String text) {
        ParsedPeriod p = DanishPeriodParser.parse(text);

        assertThat(p.found()).isEqualTo(p.matched() != null);
        if (p.found()) {
            assertThat(p.to()).isNotNull();
            assertThat(p.from() == null || !p.from().isAfter(p.to())).isTrue();
        }
    }

    @Example
    void aMissingTextIsNoPeriod() {
        assertThat(DanishPeriodParser.parse(null).found()).isFalse();
        assertThat(DanishPeriodParser.findAll(null)).isEmpty();
    }

    @Property(tries = 2000)
    void everyFoundPeriodIsWellFormed(@ForAll("danishLike") String text) {
        List<ParsedPeriod> all = DanishPeriodParser.findAll(text);
        ParsedPeriod primary = DanishPeriodParser.parse(text);

        assertThat(primary.found()).isEqualTo(!all.isEmpty());
        for (ParsedPeriod p : all) {
            assertThat(p.found()).isTrue();
            assertThat(p.to()).isNotNull();
            if (p.from() != null) {
                assertThat(p.from()).isBeforeOrEqualTo(p.to());
            }
            assertThat(p.precision()).isNotNull();
            assertThat(text).contains(p.matched());
        }
        if (primary.found()) {
            assertThat(all).contains(primary);
        }
    }

    @Property(tries = 2000)
    void readsBackWhatWasWrittenCanonically(@ForAll("written") Written w) {
        ParsedPeriod p = DanishPeriodParser.parse(w.text());

        assertThat(p).isEqualTo(new ParsedPeriod(w.text(), true, w.from(), w.to(), w.precision(), w.text()));
    }

    @Property
    void findsAWrittenPeriodInsideOtherWords(@ForAll("written") Written w,
                                             @ForAll("words") String before, @ForAll("words") String after) {
        String text = before + " " + w.text() + ". " + after;

        ParsedPeriod p = DanishPeriodParser.parse(text);

        assertThat(p.matched()).isEqualTo(w.text());
        assertThat(p.from()).isEqualTo(w.from());
        assertThat(p.to()).isEqualTo(w.to());
    }

    @Provide
    Arbitrary<Written> written() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2099);
        Arbitrary<Written> year = years.map(y -> new Written(String.valueOf(y), LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31), Precision.YEAR));
        Arbitrary<Written> half = Combinators.combine(years, Arbitraries.integers().between(1, 2)).as((y, h) -> {
            LocalDate from = LocalDate.of(y, h == 1 ? 1 : 7, 1);
            return new Written(h + ". halvår " + y, from, from.plusMonths(6).minusDays(1), Precision.HALF_YEAR);
        });
        Arbitrary<Written> quarter = Combinators.combine(years, Arbitraries.integers().between(1, 4)).as((y, q) -> {
            Quarter quarterOf = new Quarter(y, q);
            return new Written(quarterOf.danish(), quarterOf.firstDay(), quarterOf.lastDay(), Precision.QUARTER);
        });
        Arbitrary<YearMonth> months = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
        Arbitrary<Written> month = months.map(ym -> new Written(MONTH_YEAR.format(ym), ym.atDay(1), ym.atEndOfMonth(),
                Precision.MONTH));
        Arbitrary<LocalDate> dates = months.flatMap(ym -> Arbitraries.integers().between(1, ym.lengthOfMonth())
                .map(ym::atDay));
        Arbitrary<Written> day = dates.map(d -> new Written(LONG_DATE.format(d), d, d, Precision.DAY));
        Arbitrary<Written> shortDay = dates.map(d -> new Written(SHORT_DATE.format(d), d, d, Precision.DAY));
        return Arbitraries.oneOf(year, half, quarter, month, day, shortDay);
    }

    /** Danish period words, numbers and punctuation in random order, to hit the parser's edges. */
    @Provide
    Arbitrary<String> danishLike() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("primo", "medio", "ultimo", "midten af", "inden", "før", "senest", "udgangen", "af",
                        "i", "løbet", "i løbet af", "pr.", "halvdel", "halvår", "kvartal", "kvt.", "Q", "K", "H",
                        "første", "andet", "sidste", "jan.", "januar", "februar", "feb", "sommeren", "forår",
                        "sommerferien", "vinteren", "løbende", "uændret", "indtænkes", "til", "frem til"),
                Arbitraries.of("/", "-", "–", ".", ",", ":", ";", "(", ")", " ", " ", " ", "\n", "\u00A0"),
                Arbitraries.integers().between(0, 2150).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withChars("æøåÆØÅabcQK ").ofMaxLength(4));
        return token.list().ofMaxSize(25).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> noisy() {
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(30),
                Arbitraries.of("\u0000", "\uD800", "\uDFFF", "\uD83D\uDE00", "\u00A0", "\u2013", "\u2212", "\r\n",
                        "٣", "１２", "²", "Ⅻ", "ı", "İ", "ß", "K", "31.", "00.", "-0", "99. kvartal", "0. halvår",
                        "13. måned", "31. februar", "29.02.2100", "00.00.0000"));
        return Arbitraries.oneOf(danishLike(), noise).list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    /** Filler text that holds no period. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("xyzæøå ,").ofMaxLength(40);
    }
}
