package dk.almenmonitor.stock;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored shares of the municipality as the API and the page read them. Where both methods have a figure for the
 * same cut-off date, the BBR count is the one answered unless the method is asked for (it counts the units themselves;
 * BOL101 is Danmarks Statistik's tabulation of the same register).
 */
@Service
@Transactional(readOnly = true)
class StockShares {

    private final StockShareRepository shares;
    private final String municipalityCode;

    StockShares(StockShareRepository shares, @Value("${almen.stock.municipality-code:0101}") String municipality) {
        this.shares = shares;
        this.municipalityCode = BbrUnitRules.municipality(Integer.parseInt(municipality.strip()));
    }

    String municipalityCode() {
        return municipalityCode;
    }

    /** Every figure, oldest cut-off first; of one method when {@code method} is given. */
    List<ShareView> all(ShareMethod method) {
        return shares.all(municipalityCode).stream().filter(s -> method == null || s.methodCode() == method).toList();
    }

    /** The figure at the cut-off date: of the method, or BBR before BOL101. */
    Optional<ShareView> at(java.time.LocalDate cutoff, ShareMethod method) {
        if (method != null) {
            return shares.find(municipalityCode, cutoff, method);
        }
        return shares.find(municipalityCode, cutoff, ShareMethod.BBR_UNITS)
                .or(() -> shares.find(municipalityCode, cutoff, ShareMethod.BOL101));
    }

    /** The figure with the latest cut-off date (BBR before BOL101 on the same date). */
    Optional<ShareView> latest(ShareMethod method) {
        return all(method).stream().max(Comparator.comparing(ShareView::cutoff)
                .thenComparing(s -> s.methodCode() == ShareMethod.BBR_UNITS));
    }
}
