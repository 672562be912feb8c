package dk.almenmonitor.energy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
@Tag(name = "Energi", description = "Energy labels and degree-day normalised heat use of the almene departments")
class EnergyApiController {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final EnergyQueries queries;
    private final CurrentUsers users;

    EnergyApiController(EnergyQueries queries, CurrentUsers users) {
        this.queries = queries;
        this.users = users;
    }

    @GetMapping("/energy-labels")
    @Operation(summary = "Energy labels valid on a date: per class, and the count and share E or worse against the "
            + "2014 baseline; the organisations with the most departments at E or worse")
    EnergyQueries.LabelsAnswer labels(@Parameter(description = "ISO date; default the extract's latest ValidFrom")
                                      @RequestParam(required = false) String asOf) {
        return queries.labels(date(asOf)).orElseThrow(() -> RequestRefused.notFound("energy.refused.noLabels"));
    }

    @GetMapping("/heat")
    @Operation(summary = "Heat use of a year: the sector's kWh/m², actual and degree-day normalised, against 2010; "
            + "per department (with quartiles and the worst 10 %) only for ADMIN, DATA_STEWARD and the housing "
            + "organisation's own EDITOR")
    EnergyQueries.HeatAnswer heat(@Parameter(description = "Year, default the latest with heat figures")
                                  @RequestParam(required = false) String year) {
        int y = year(year, queries);
        return queries.heat(y, users.current().orElse(null))
                .orElseThrow(() -> RequestRefused.notFound("energy.refused.noHeatYear", String.valueOf(y)));
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw RequestRefused.badRequest("energy.refused.dateRange", text.strip());
            }
            return date;
        } catch (DateTimeParseException e) {
            throw RequestRefused.badRequest("energy.refused.date", text.length() > 40 ? text.substring(0, 40) : text);
        }
    }

    static int year(String text, EnergyQueries queries) {
        if (text == null || text.isBlank()) {
            return queries.latestHeatYear().orElseThrow(() -> RequestRefused.notFound("energy.refused.noHeat"));
        }
        String t = text.strip();
        if (!t.matches("\\d{4}")) {
            throw RequestRefused.badRequest("energy.refused.year", t.length() > 40 ? t.substring(0, 40) : t);
        }
        int y = Integer.parseInt(t);
        if (y < EARLIEST.getYear() || y > LATEST.getYear()) {
            throw RequestRefused.badRequest("energy.refused.year", t);
        }
        return y;
    }
}
