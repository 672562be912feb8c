package dk.almenmonitor.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** departments.csv and rents.csv: the spine and one row per tenancy. */
final class TenancyFiles {

    private TenancyFiles() {
    }

    static void departments(Spine spine, CsvLine out) throws IOException {
        for (Spine.Department d : spine.departments()) {
            out.number(d.organisation().number()).text(d.organisation().name()).number(d.number()).text(d.name())
                    .number(d.postalCode()).number(d.yearBuilt()).number(d.dwellings()).number(d.heatedArea());
            out.end();
        }
    }

    static void rents(Spine spine, LocalDate cutoff, CsvLine out) throws IOException {
        try {
            for (Spine.Department d : spine.departments()) {
                spine.dwellings(d, (tenancy, type, area, rooms, yearlyRent) -> {
                    out.number(d.organisation().number()).number(d.number()).number(tenancy).text(type.code)
                            .number(d.postalCode()).number(area).number(rooms).number(yearlyRent).date(cutoff);
                    try {
                        out.end();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
