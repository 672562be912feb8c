package dk.almenmonitor.newbuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Boligdata", description = "Figures derived from the housing registers' extracts")
class NewbuildApiController {

    private final NewbuildFigures figures;

    NewbuildApiController(NewbuildFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/housing/newbuild")
    @Operation(summary = "New-build pipeline of a year: Skema A commitments by year and housing type, the pipeline per "
            + "stage at the year's end against 2.000 dwellings, the share of small-and-cheap dwellings in new family "
            + "departments in urban-development areas against 10 %, and the 3.200 kr. (2014 prices) threshold in the "
            + "year's prices; with the import the project list came from")
    NewbuildFigures.Figures newbuild(@Parameter(description = "The year (default: the latest year of the list)")
                                     @RequestParam(required = false) String year) {
        return figures.of(NewbuildFigures.parseYear(year));
    }
}
