package dk.almenmonitor.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns PostgreSQL's {@code ts_headline} output into safe HTML: the database marks the hit with two control characters
 * (which the index never holds, {@link SearchDocument#clean}); everything else is escaped here, and only the markers
 * become {@code <mark>} and {@code </mark>}. A stored {@code <script>} therefore comes back as text.
 */
final class Highlight {

    static final char START = '\u0001';
    static final char STOP = '\u0002';
    /**
     * What {@code <} and {@code >} become for ts_headline, whose parser would otherwise take {@code <script>} for markup
     * and drop it from the passage: the passage shows the text as it was written, escaped.
     */
    static final String ANGLES = "\u0003\u0004";
    /** The options of ts_headline: our markers, two fragments of at most 30 words. */
    static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=\" … \"";

    private Highlight() {
    }

    static String html(String headline) {
        StringBuilder html = new StringBuilder(headline.length() + 32);
        StringBuilder text = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START && !open) {
                html.append(HtmlUtils.htmlEscape(text.toString(), "UTF-8")).append("<mark>");
                text.setLength(0);
                open = true;
            } else if (c == STOP && open) {
                html.append(HtmlUtils.htmlEscape(text.toString(), "UTF-8")).append("</mark>");
                text.setLength(0);
                open = false;
            } else if (c == ANGLES.charAt(0)) {
                text.append('<');
            } else if (c == ANGLES.charAt(1)) {
                text.append('>');
            } else if (c != START && c != STOP) {
                text.append(c);
            }
        }
        html.append(HtmlUtils.htmlEscape(text.toString(), "UTF-8"));
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
