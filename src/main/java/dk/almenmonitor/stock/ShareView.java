package dk.almenmonitor.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One stored share of almene boliger: almene dwellings / all dwellings in the municipality at the cut-off date, in per
 * cent with one decimal, with its method, its source (in Danish, as stored at the import) and the import it came
 * from. {@code suppressedCells} counts the BOL101 cells written {@code ..} that the figure had to leave out.
 */
record ShareView(String municipalityCode, LocalDate cutoff, ShareMethod methodCode, int almene, int dwellings,
                 BigDecimal sharePct, int suppressedCells, String source, UUID importId, String fileName,
                 OffsetDateTime importedAt) {
}
