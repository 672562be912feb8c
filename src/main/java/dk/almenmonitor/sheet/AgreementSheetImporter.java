package dk.almenmonitor.sheet;

import java.util.HashMap;
import java.util.Map;

import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.springframework.stereotype.Service;

/**
 * Imports a follow-up sheet through the import pipeline without an upload (the seed loader, tests): the same checks,
 * the same transaction and the same import record as {@code POST /api/v1/imports/agreement-sheet}; no access check.
 */
@Service
public class AgreementSheetImporter {

    private final ImportPipeline pipeline;
    private final AgreementSheetDataset dataset;

    AgreementSheetImporter(ImportPipeline pipeline, AgreementSheetDataset dataset) {
        this.pipeline = pipeline;
        this.dataset = dataset;
    }

    /** Imports the sheet into {@code agreementId}, or into the agreement its title names when that is null. */
    public ImportReport importSheet(byte[] content, String fileName, String agreementId, String user) {
        Map<String, String> parameters = new HashMap<>();
        if (agreementId != null) {
            parameters.put(AgreementSheetDataset.AGREEMENT_PARAMETER, agreementId);
        }
        return pipeline.importFile(dataset, content, fileName, parameters, user);
    }
}
