package dk.almenmonitor.sheet;

import java.io.IOException;
import java.io.InputStream;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On first start the embedded default imports the municipality's Bilag 1 sheet as the seed agreement. */
@Component
@ConditionalOnBooleanProperty("almen.demo.enabled") // demo data on (demo DemoDataDefault)
class SeedAgreementLoader implements ApplicationRunner {

    static final String SEED_AGREEMENT_ID = "kk-bl1-2015-2018";
    static final String SEED_SHEET = "seed/hovedaftale-2015-2018-status-2017K1.xlsx";
    private static final Logger log = LoggerFactory.getLogger(SeedAgreementLoader.class);

    private final AgreementCatalog catalog;
    private final AgreementSheetImporter importer;
    private final boolean enabled;

    SeedAgreementLoader(AgreementCatalog catalog, AgreementSheetImporter importer,
                        @Value("${almen.seed.enabled:true}") boolean enabled) {
        this.catalog = catalog;
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || catalog.exists(SEED_AGREEMENT_ID)) {
            return;
        }
        byte[] sheet;
        try (InputStream in = new ClassPathResource(SEED_SHEET).getInputStream()) {
            sheet = in.readAllBytes();
        }
        ImportReport report = importer.importSheet(sheet, "hovedaftale-2015-2018-status-2017K1.xlsx", null, "system");
        if (!report.imported() || !SEED_AGREEMENT_ID.equals(report.detail("agreementId"))) {
            throw new IllegalStateException("The seed sheet did not import as " + SEED_AGREEMENT_ID + ": " + report.errors());
        }
        log.info("Seed agreement {} imported: {} goals, rounds {}", SEED_AGREEMENT_ID, report.rows(), report.detail("rounds"));
    }
}
