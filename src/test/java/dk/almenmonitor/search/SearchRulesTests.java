package dk.almenmonitor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.almenmonitor.shared.RequestRefused;
import org.junit.jupiter.api.Test;

/** The highlighting's escaping and the bounds on a query, without the database. */
class SearchRulesTests {

    @Test
    void everythingButTheMarkersIsEscaped() {
        String headline = "Før \u0003script\u0004alert(\"x\")\u0003/script\u0004 om \u0001udsættelser\u0002 & <b>";
        assertThat(Highlight.html(headline)).isEqualTo(
                "Før &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; om <mark>udsættelser</mark> &amp; &lt;b&gt;");
        // Unbalanced markers never leave an open element or a stray marker.
        assertThat(Highlight.html("\u0002a \u0001b")).isEqualTo("a <mark>b</mark>");
    }

    @Test
    void theIndexNeverHoldsTheMarkers() {
        SearchDocument d = new SearchDocument(HitKind.STATUS, "a", 1, "2017-Q1", null, null, 1, "T\u0001", "", " x\u0002y\u0003 ");
        assertThat(d.heading()).isEqualTo("T");
        assertThat(d.body()).isEqualTo("xy");
    }

    @Test
    void aQueryIsTrimmedAndBounded() {
        assertThat(Search.query("  ny \t udsættelse ")).isEqualTo("ny udsættelse");
        assertThatThrownBy(() -> Search.query(" ")).isInstanceOf(RequestRefused.class).hasMessage("search.refused.empty");
        assertThatThrownBy(() -> Search.query(null)).isInstanceOf(RequestRefused.class);
        assertThat(Search.query("x".repeat(Search.MAX_QUERY))).hasSize(Search.MAX_QUERY);
        assertThatThrownBy(() -> Search.query("x".repeat(Search.MAX_QUERY + 1))).hasMessage("search.refused.tooLong");
        assertThat(Search.page(null)).isEqualTo(1);
        assertThat(Search.page(" 25 ")).isEqualTo(25);
        for (String bad : new String[] {"0", "26", "-1", "1e3", "99999999999", "x"}) {
            assertThatThrownBy(() -> Search.page(bad)).hasMessage("search.refused.page");
        }
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String title = "ord ".repeat(100).strip();
        String cut = Search.shortened(title);
        assertThat(cut).hasSizeLessThanOrEqualTo(Search.TITLE_LENGTH).endsWith("ord…");
        assertThat(Search.shortened("kort")).isEqualTo("kort");
    }
}
