package dk.almenmonitor.housing;

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

/** The price-index reader on arbitrary and near-valid files: read, or refused with reported problems. */
class PriceIndexDatasetPropertyTests {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.PRICE_INDEX, 8);

    final PriceIndexDataset dataset = new PriceIndexDataset(mock(PriceIndexRepository.class), ImportFuzz.texts());

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
        return ImportFuzz.bytes("aar;indeks");
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
