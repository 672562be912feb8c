package dk.almenmonitor.housing;

import static org.mockito.Mockito.mock;


import dk.almenmonitor.imports.DatasetFileProperties;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.synthetic.SyntheticHousingData;

/** The price-index reader on arbitrary and near-valid files: read, or refused with reported problems. */
class PriceIndexDatasetPropertyTests extends DatasetFileProperties {

    static final String VALID = ImportFuzz.synthetic(SyntheticHousingData.PRICE_INDEX, 8);

    final PriceIndexDataset dataset = new PriceIndexDataset(mock(PriceIndexRepository.class), ImportFuzz.texts());

    @Override
    protected String header() {
        return "aar;indeks";
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
