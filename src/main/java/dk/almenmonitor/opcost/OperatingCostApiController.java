package dk.almenmonitor.opcost;

import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/housing")
@Tag(name = "Boligdata", description = "Housing data: the registers' figures and the monitors derived from them")
class OperatingCostApiController {

    private final OperatingCosts costs;
    private final CurrentUsers users;

    OperatingCostApiController(OperatingCosts costs, CurrentUsers users) {
        this.costs = costs;
        this.users = users;
    }

    @GetMapping("/operating-costs")
    @Operation(summary = "The operating-cost benchmark of a year: kr. per m² for the sector and per comparison group "
            + "(size band × year-built band; quartiles per category), each department against its group's median "
            + "and each housing organisation (area-weighted) for those who may see them; which import it came from")
    BenchmarkView operatingCosts(@Parameter(description = "the year (default: the latest imported)")
                                 @RequestParam(required = false) String year) {
        int resolved = YearParameter.resolve(year, costs.years());
        return costs.benchmark(resolved, costs.scope(users.current()))
                .orElseThrow(() -> RequestRefused.notFound("opcost.refused.unknownYear", String.valueOf(resolved)));
    }
}
