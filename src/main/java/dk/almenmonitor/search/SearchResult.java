package dk.almenmonitor.search;

import java.util.List;

/**
 * One page of hits, best first; the field names are part of the API contract.
 *
 * @param query    the query as searched (trimmed)
 * @param total    how many hits there are in all
 * @param page     this page, from 1
 * @param pages    how many pages can be asked for (at most {@link Search#MAX_PAGES})
 */
public record SearchResult(String query, long total, int page, int pageSize, int pages, List<SearchHit> hits) {
}
