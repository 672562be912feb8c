package dk.almenmonitor.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The entrance to the housing-data monitors (issue 11): one line per monitor page, linked from the navigation. */
@Controller
class HousingDataPageController {

    /** A monitor page: its path and the stem of its message keys ({@code web.data.<key>.title}, {@code .text}). */
    record Monitor(String path, String key) {
    }

    static final List<Monitor> MONITORS = List.of(
            new Monitor("/data/almene-boliger", "stock"),
            new Monitor("/data/husleje", "rent"),
            new Monitor("/data/nybyggeri", "newbuild"),
            new Monitor("/data/energimaerker", "energy"),
            new Monitor("/data/varme", "heat"),
            new Monitor("/data/udsaettelser", "eviction"),
            new Monitor("/data/driftsudgifter", "opcost"));

    @GetMapping("/data")
    String housingData(Model model) {
        model.addAttribute("monitors", MONITORS);
        return "web/housing-data";
    }
}
