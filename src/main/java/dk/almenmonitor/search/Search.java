package dk.almenmonitor.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.RequestRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search's public face: Danish full-text search over goals, statuses, delay reasons and decisions across agreements
 * ({@link #search}). Bounded: a query of at most {@link #MAX_QUERY} characters, {@link #PAGE_SIZE} hits a page, at most
 * {@link #MAX_PAGES} pages.
 */
@Service
public class Search {

    public static final int MAX_QUERY = 200;
    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGES = 25;
    static final int TITLE_LENGTH = 200;

    private final SearchIndex index;
    private final SearchRepository repository;
    private final AgreementCatalog catalog;
    private final MessageSource messages;

    Search(SearchIndex index, SearchRepository repository, AgreementCatalog catalog, MessageSource messages) {
        this.index = index;
        this.repository = repository;
        this.catalog = catalog;
        this.messages = messages;
    }

    /**
     * The page of hits for the query (websearch syntax: words, "a phrase", {@code or}, {@code -word}). An empty or
     * too long query, or a page out of range, is a 400 with a Danish reason.
     */
    public SearchResult search(@Nullable String query, @Nullable String page) {
        String q = query(query);
        int p = page(page);
        index.refresh();
        long total = repository.count(q);
        int pages = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, String> agreements = catalog.agreements().stream()
                .collect(Collectors.toMap(AgreementView::id, AgreementView::name, (a, b) -> a));
        List<SearchHit> hits = p > Math.max(pages, 1) ? List.of()
                : repository.page(q, PAGE_SIZE, (p - 1) * PAGE_SIZE).stream().map(m -> hit(m, agreements)).toList();
        return new SearchResult(q, total, p, PAGE_SIZE, pages, hits);
    }

    /** The query trimmed and with runs of white space made one; refused when empty or longer than {@link #MAX_QUERY}. */
    static String query(@Nullable String query) {
        String q = query == null ? "" : SearchDocument.clean(query).replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            throw RequestRefused.badRequest("search.refused.empty");
        }
        if (q.length() > MAX_QUERY) {
            throw RequestRefused.badRequest("search.refused.tooLong", MAX_QUERY);
        }
        return q;
    }

    /** A page number from 1 to {@link #MAX_PAGES}; absent is 1. */
    static int page(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        String p = page.strip();
        if (p.length() <= 3 && p.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(p);
            if (n >= 1 && n <= MAX_PAGES) {
                return n;
            }
        }
        throw RequestRefused.badRequest("search.refused.page", MAX_PAGES);
    }

    private SearchHit hit(SearchRepository.Match m, Map<String, String> agreements) {
        String goalPage = UriComponentsBuilder.fromPath("/aftaler/{agreement}/maal/{goal}")
                .buildAndExpand(m.agreementId(), m.goalId()).encode().toUriString();
        String link = m.kind() == HitKind.DECISION ? goalPage + "#tidslinje" : goalPage;
        String roundLink = m.period() == null ? null : UriComponentsBuilder.fromPath("/aftaler/{agreement}/runder/{period}")
                .buildAndExpand(m.agreementId(), m.period()).encode().toUriString();
        String kindName = messages.getMessage(m.kind().messageKey(), null, m.kind().name(), DanishFormat.DANISH);
        return new SearchHit(m.kind(), kindName == null ? m.kind().name() : kindName, shortened(m.heading()),
                Highlight.html(m.headline()), link, roundLink, m.agreementId(),
                agreements.getOrDefault(m.agreementId(), m.agreementId()), m.goalId(), m.period(),
                m.period() == null ? null : Quarter.danishLabel(m.period()), m.decisionId(), m.decidedOn(), m.rank());
    }

    /** At most {@link #TITLE_LENGTH} characters, cut at a word with "…". */
    static String shortened(String title) {
        if (title.length() <= TITLE_LENGTH) {
            return title;
        }
        String cut = title.substring(0, TITLE_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > TITLE_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

}
