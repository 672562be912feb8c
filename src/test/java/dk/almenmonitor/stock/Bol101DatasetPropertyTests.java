package dk.almenmonitor.stock;

import static org.mockito.Mockito.mock;


import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;

/** The BOL101 reader on arbitrary and near-valid files: read, or refused with reported problems. */
class Bol101DatasetPropertyTests extends DatasetFileProperties {

    /** As the synthetic file and Statistikbanken write it: every breakdown, owners, years, a suppressed count. */
    static final String VALID = """
            OMRÅDE;BEBO;ANVENDELSE;UDLFORH;EJER;OPFØRELSESÅR;TID;INDHOLD
            København;Beboede boliger;Parcelhuse;Udlejet;Private personer inkl. I/S;Før 1900;2016;72
            København;Beboede boliger;Etageboliger;Udlejet;Almene boligselskaber;1960-1969;2016;1.250
            København;Beboede boliger;Etageboliger;Udlejet;Almene boligselskaber;1970-1979;2017;..
            København;Beboede boliger;Etageboliger;Udlejet;Private personer inkl. I/S;1970-1979;2017;410
            Frederiksberg;Beboede boliger;Etageboliger;Udlejet;Almene boligselskaber;1960-1969;2016;300
            """;

    final Bol101Dataset dataset = new Bol101Dataset(mock(ShareRecorder.class), ImportFuzz.texts(), "0101",
            "København", "Almene boligselskaber", 200_000, 50);

    @Override
    protected String header() {
        return String.join(";", SyntheticHousingData.columns(SyntheticHousingData.BOL101));
    }

    @Override
    protected String validFile() {
        return VALID;
    }

    @Override
    protected ImportRejectedException read(byte[] content) {
        return ImportFuzz.checkParse(dataset, content);
    }
}
