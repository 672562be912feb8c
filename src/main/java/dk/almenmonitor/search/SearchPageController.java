package dk.almenmonitor.search;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page {@code /soeg?q=…&side=…} behind the header's search box, for every logged-in user. Without a query
 * it shows the form; a refused query (empty, too long, a page out of range) shows its Danish reason with status 400.
 */
@Controller
class SearchPageController {

    private final Search search;
    private final MessageSource messages;

    SearchPageController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/soeg")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String side, Model model,
                   HttpServletResponse response) {
        model.addAttribute("maxQuery", Search.MAX_QUERY);
        model.addAttribute("query", q == null ? "" : q.length() > Search.MAX_QUERY ? q.substring(0, Search.MAX_QUERY) : q);
        if (q != null) {
            try {
                model.addAttribute("result", search.search(q, side));
            } catch (RequestRefused refused) {
                response.setStatus(refused.status());
                model.addAttribute("error", messages.getMessage(refused.messageCode(), refused.arguments(),
                        DanishFormat.DANISH));
            }
        }
        return "search/results";
    }
}
