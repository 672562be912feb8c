package dk.almenmonitor.rent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rent monitor's figures for any logged-in user: postal-code level, no department details. */
@RestController
@RequestMapping("/api/v1/housing")
@Tag(name = "Husleje", description = "Dwellings per rent band and the low-rent counts from the rent register")
class RentApiController {

    /** Dwellings of a housing type in a postal code within a band (monthly kr.; from inclusive, to exclusive). */
    record RentBandView(int postalCode, HousingType housingType, Integer bandFrom, Integer bandTo, int dwellings,
                        LocalDate cutoff, UUID importId) {
    }

    /** The dwellings with a monthly rent under the threshold, per housing type. */
    record LowRentView(LocalDate cutoff, int thresholdDkk, int family, int youth, int elderly, int dwellings,
                       UUID importId) {
    }

    private final RentQueries queries;

    RentApiController(RentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/rent-bands")
    @Operation(summary = "Dwellings per rent band × housing type × postal code at a cut-off date (default: the latest)")
    List<RentBandView> rentBands(@Parameter(description = "cut-off date, e.g. 2017-01-19")
                                 @RequestParam(required = false) String cutoff) {
        RentQueries.Snapshot snapshot = queries.snapshot(cutoff);
        RentRepository.CutoffRecord c = snapshot.cutoff();
        return snapshot.bands().stream().map(b -> new RentBandView(b.postalCode(), b.housingType(), b.bandFrom(),
                b.bandTo(), b.dwellings(), c.cutoff(), c.importId())).toList();
    }

    @GetMapping("/low-rent")
    @Operation(summary = "Dwellings with a monthly rent under 3.500 kr. excl. consumption, per housing type")
    LowRentView lowRent(@Parameter(description = "cut-off date, e.g. 2017-01-19")
                        @RequestParam(required = false) String cutoff) {
        return view(queries.cutoff(cutoff));
    }

    static LowRentView view(RentRepository.CutoffRecord c) {
        return new LowRentView(c.cutoff(), c.threshold(), c.family(), c.youth(), c.elderly(), c.dwellings(),
                c.importId());
    }
}
