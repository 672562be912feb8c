package dk.almenmonitor.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.almenmonitor.imports.ImportTexts;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The share of almene boliger per cut-off date, for every logged-in user (sector figures only). */
@RestController
@RequestMapping("/api/v1/housing")
@Tag(name = "Boliger", description = "Housing data: the share of almene boliger per cut-off date")
class StockShareApiController {

    /**
     * One figure: almene dwellings / all dwellings at the cut-off, in per cent with one decimal; {@code method} and
     * {@code source} in Danish, {@code methodCode} {@code BBR_UNITS} or {@code BOL101}; the import it came from.
     */
    record ShareAnswer(LocalDate cutoff, int almene, int dwellings, BigDecimal sharePct, String method,
                       String methodCode, String source, UUID importId, String fileName, OffsetDateTime importedAt,
                       String municipalityCode, int suppressedCells) {
    }

    private final StockShares shares;
    private final ImportTexts texts;

    StockShareApiController(StockShares shares, ImportTexts texts) {
        this.shares = shares;
        this.texts = texts;
    }

    @GetMapping("/stock-share")
    @Operation(summary = "The share of almene boliger at a cut-off date (default: the latest); where both methods have "
            + "a figure for the date, the BBR count unless method=BOL101")
    ShareAnswer share(@Parameter(description = "Cut-off date, e.g. 2016-12-31") @RequestParam(required = false)
                      String cutoff,
                      @Parameter(description = "BBR_UNITS or BOL101") @RequestParam(required = false) String method) {
        ShareMethod m = method(method);
        if (cutoff == null || cutoff.isBlank()) {
            return answer(shares.latest(m).orElseThrow(() -> RequestRefused.notFound("stock.refused.noData")));
        }
        LocalDate date = date(cutoff);
        return answer(shares.at(date, m).orElseThrow(() -> RequestRefused.notFound("stock.refused.noShare",
                date.toString())));
    }

    @GetMapping("/stock-shares")
    @Operation(summary = "Every stored share of almene boliger, oldest cut-off first (for the chart)")
    List<ShareAnswer> shares(@Parameter(description = "BBR_UNITS or BOL101") @RequestParam(required = false)
                             String method) {
        return shares.all(method(method)).stream().map(this::answer).toList();
    }

    ShareAnswer answer(ShareView s) {
        return new ShareAnswer(s.cutoff(), s.almene(), s.dwellings(), s.sharePct(), texts.text(s.methodCode().messageKey()),
                s.methodCode().name(), s.source(), s.importId(), s.fileName(), s.importedAt(), s.municipalityCode(),
                s.suppressedCells());
    }

    static ShareMethod method(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("BBR") || t.equals("BBR_UNITS")) {
            return ShareMethod.BBR_UNITS;
        }
        if (t.equals("BOL101")) {
            return ShareMethod.BOL101;
        }
        throw RequestRefused.badRequest("stock.refused.method", excerpt(text));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RequestRefused.badRequest("stock.refused.cutoff", excerpt(text));
        }
    }

    private static String excerpt(String text) {
        return dk.almenmonitor.imports.BoundedProblems.excerpt(text);
    }
}
