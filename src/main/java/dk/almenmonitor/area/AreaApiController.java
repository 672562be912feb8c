package dk.almenmonitor.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Udsatte områder", description = "The ministry's lists of vulnerable housing areas, reproduced by the "
        + "rule set of each list year, and the register of areas")
class AreaApiController {

    private final AreaLists lists;

    AreaApiController(AreaLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/area-lists/{year}")
    @Operation(summary = "The list of a year: the areas on a list with their category (the most severe they meet), the "
            + "criteria met with their values, and the rule set of the list year (400 for a year before 2010 or not a "
            + "year; 404 when no criterion values are imported for it)")
    AreaLists.YearList list(@Parameter(description = "The list year, e.g. 2016") @PathVariable String year) {
        int y = AreaLists.parseYear(year);
        requireValues(y);
        return lists.list(y);
    }

    @GetMapping("/api/v1/areas")
    @Operation(summary = "Every area of the register (housing areas and the municipality's urban areas) with its "
            + "classification of the year: category (null: on no list) and criteria met")
    AreaLists.Register areas(@Parameter(description = "The list year (default: the latest with criterion values)")
                             @RequestParam(required = false) String year) {
        int y = year == null ? lists.latestYear().orElseThrow(() ->
                dk.almenmonitor.shared.RequestRefused.notFound("area.refused.noValues", "")) : AreaLists.parseYear(year);
        return lists.register(y);
    }

    private void requireValues(int year) {
        AreaLists.ruleSet(year);
        if (!lists.years().contains(year)) {
            throw dk.almenmonitor.shared.RequestRefused.notFound("area.refused.noValues", String.valueOf(year));
        }
    }
}
