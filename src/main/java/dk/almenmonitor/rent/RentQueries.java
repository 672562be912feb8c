package dk.almenmonitor.rent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import dk.almenmonitor.shared.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the API and the page read: a cut-off's record and derived rows, the latest when none is asked for. */
@Service
class RentQueries {

    /** A cut-off with its rows, read in one transaction so that they belong together. */
    record Snapshot(RentRepository.CutoffRecord cutoff, List<RentRepository.BandCount> bands) {
    }

    private final RentRepository rents;

    RentQueries(RentRepository rents) {
        this.rents = rents;
    }

    /** The cut-off asked for ({@code yyyy-mm-dd}), or the latest: 400 when unreadable, 404 when not imported. */
    @Transactional(readOnly = true)
    RentRepository.CutoffRecord cutoff(String text) {
        if (text == null || text.isBlank()) {
            return rents.latest().orElseThrow(() -> RequestRefused.notFound("rent.refused.noData"));
        }
        LocalDate date = parse(text);
        return rents.cutoff(date).orElseThrow(() -> RequestRefused.notFound("rent.refused.unknownCutoff",
                dk.almenmonitor.shared.DanishFormat.date(date)));
    }

    @Transactional(readOnly = true)
    Snapshot snapshot(String text) {
        RentRepository.CutoffRecord cutoff = cutoff(text);
        return new Snapshot(cutoff, rents.bands(cutoff.cutoff()));
    }

    @Transactional(readOnly = true)
    List<LocalDate> cutoffs() {
        return rents.cutoffs();
    }

    static LocalDate parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > 10) {
            throw RequestRefused.badRequest("rent.refused.cutoffFormat", trimmed.substring(0, 10) + "…");
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw RequestRefused.badRequest("rent.refused.cutoffFormat", trimmed);
        }
    }
}
