package dk.almenmonitor.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;

import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The BOL101 reader on arbitrary and near-valid files: read, or refused with reported problems. */
class Bol101DatasetPropertyTests {

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

    @Example
    void theValidFileIsRead() {
        assertThat(ImportFuzz.checkParse(dataset, VALID.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        ImportFuzz.checkParse(dataset, content);
    }

    @Property(tries = 400)
    void nearValidFilesAreReadOrRefused(@ForAll("nearValid") byte[] content) {
        ImportFuzz.checkParse(dataset, content);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return ImportFuzz.bytes(String.join(";", SyntheticHousingData.columns(SyntheticHousingData.BOL101)));
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
