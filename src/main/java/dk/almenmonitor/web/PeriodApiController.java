package dk.almenmonitor.web;

import java.time.LocalDate;

import dk.almenmonitor.shared.DanishPeriodParser;
import dk.almenmonitor.shared.ParsedPeriod;
import dk.almenmonitor.shared.Precision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/periods")
@Tag(name = "Periods", description = "Danish period expressions such as \"1. halvdel 2015\" or \"Inden 2018\"")
class PeriodApiController {

    @GetMapping("/parse")
    @Operation(summary = "Parse a Danish period expression",
            description = "Finds the period expressions in the text and returns the primary one (the narrowest, "
                    + "among equally narrow ones the latest) as an interval of ISO dates; either end may be null "
                    + "(open). Text without a period gives found=false. A missing text parameter is a 400.")
    PeriodResponse parse(@Parameter(description = "Free Danish text, e.g. \"2. halvdel af 2017\"")
                         @RequestParam String text) {
        return PeriodResponse.of(DanishPeriodParser.parse(text));
    }

    record PeriodResponse(String text, boolean found, LocalDate from, LocalDate to, Precision precision,
                          String matched) {

        static PeriodResponse of(ParsedPeriod p) {
            return new PeriodResponse(p.text(), p.found(), p.from(), p.to(), p.precision(), p.matched());
        }
    }
}
