package dk.almenmonitor.eviction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Boligdata", description = "Figures derived from the housing registers' extracts")
class EvictionApiController {

    private final EvictionFigures figures;

    EvictionApiController(EvictionFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/housing/evictions")
    @Operation(summary = "Evictions of a year in the agreement's municipality (København) against the 457 of 2017: "
            + "the year's count (as given, or the sum of its two halves), its half-years and the import behind them")
    EvictionFigures.Year evictions(@Parameter(description = "The year (default: the latest year with figures)")
                                   @RequestParam(required = false) String year) {
        return figures.of(EvictionFigures.parseYear(year));
    }
}
