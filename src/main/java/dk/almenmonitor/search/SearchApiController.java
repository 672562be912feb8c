package dk.almenmonitor.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search}: for every logged-in user, as the goals, rounds and decisions it searches. */
@RestController
@Tag(name = "Search", description = "Danish full-text search over goals, statuses, delay reasons and decisions")
class SearchApiController {

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search goals (title, content), the status texts and delay reasons of every round, and the "
            + "decisions, across agreements, in Danish (inflected forms are found: a singular finds the plural); best hit first, 20 a page. "
            + "Each hit: kind, title, snippet (HTML, escaped, the hit in <mark>), link to the goal, the round, the "
            + "agreement. An empty query or one over 200 characters is a 400")
    SearchResult search(@Parameter(description = "Words, \"a phrase\", or, -word; at most 200 characters")
                        @RequestParam(required = false) String q,
                        @Parameter(description = "Page from 1 (at most 25)") @RequestParam(required = false) String page) {
        return search.search(q, page);
    }
}
