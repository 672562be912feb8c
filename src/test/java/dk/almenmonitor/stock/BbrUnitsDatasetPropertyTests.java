package dk.almenmonitor.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.synthetic.SyntheticHousingData;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The BBR units reader (CSV, and JSON when the file starts with {@code [}) on arbitrary and near-valid files: its
 * rows are checked while the load streams them into the staging table, so the load runs against stubbed repositories
 * and a COPY that goes nowhere. Read, or refused with reported problems.
 */
class BbrUnitsDatasetPropertyTests {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.BBR_UNITS, 8);
    static final String JSON = """
            [{"kommunekode": "0101", "enh020EnhedensAnvendelse": "140", "status": "6",
              "enh046OffentligStøtte": "20", "byg066Ejerforhold": "50", "enh026EnhedensSamledeAreal": "72",
              "id_lokalId": "a1"},
             {"kommunekode": 101, "enh020EnhedensAnvendelse": 120, "status": 6, "id_lokalId": "a2"}]
            """;
    static final Map<String, String> CUTOFF = Map.of(BbrUnitsDataset.CUTOFF, "2024-01-01");

    final BbrUnitsDataset dataset = new BbrUnitsDataset(repository(), ImportFuzz.bulk(), mock(ShareRecorder.class),
            ImportFuzz.texts(), "0101", 20_000, 300);

    static StockShareRepository repository() {
        StockShareRepository shares = mock(StockShareRepository.class);
        when(shares.stagedCounts()).thenReturn(new StockShareRepository.Counts(1, 2));
        return shares;
    }

    @Example
    void theValidFilesAreRead() {
        assertThat(ImportFuzz.checkLoad(dataset, VALID.getBytes(StandardCharsets.UTF_8), CUTOFF)).isNull();
        assertThat(ImportFuzz.checkLoad(dataset, JSON.getBytes(StandardCharsets.UTF_8), CUTOFF)).isNull();
    }

    @Property(tries = 200)
    void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        ImportFuzz.checkLoad(dataset, content, CUTOFF);
    }

    @Property(tries = 400)
    void nearValidFilesAreReadOrRefused(@ForAll("nearValid") byte[] content) {
        ImportFuzz.checkLoad(dataset, content, CUTOFF);
    }

    @Property(tries = 200)
    void editedJsonIsReadOrRefused(@ForAll("editedJson") byte[] content) {
        ImportFuzz.checkLoad(dataset, content, CUTOFF);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return ImportFuzz.bytes(String.join(";", SyntheticHousingData.columns(SyntheticHousingData.BBR_UNITS)));
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }

    @Provide
    Arbitrary<byte[]> editedJson() {
        return ImportFuzz.editedText(JSON);
    }
}
