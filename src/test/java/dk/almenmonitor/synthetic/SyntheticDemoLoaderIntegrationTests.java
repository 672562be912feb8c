package dk.almenmonitor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.almenmonitor.imports.ImportPipeline;
import dk.almenmonitor.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo housing set goes through the real pipeline into every dataset this build has, each import accepted and
 * marked synthetic, and none of it becomes an indicator observation; every fact of every dataset's report has its
 * Danish label (the import page leaves out a fact without one).
 */
@SpringBootTest(properties = {"almen.test.context=synthetic-demo", "almen.demo.synthetic-housing=true",
        "almen.demo.synthetic-housing-scale=TEST", "almen.demo.synthetic-housing-background=false"})
class SyntheticDemoLoaderIntegrationTests {

    @Autowired
    ImportPipeline imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SyntheticDemoLoader loader;
    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void everyDatasetTakesItsSyntheticFileAndNoneFeedsTheIndicators() {
        List<String> present = SyntheticDemoLoader.ORDER.stream().filter(name -> imports.dataset(name).isPresent())
                .toList();
        assertThat(present).contains("departments", "price-index");
        for (String name : present) {
            ImportReport report = imports.latestImported(name).orElse(null);
            assertThat(report).as("%s imported", name).isNotNull();
            assertThat(report.detail("synthetic")).as(name).isEqualTo(true);
            assertThat(report.importedBy()).isEqualTo(SyntheticDemoLoader.USER);
        }
        assertThat(jdbc.sql("select count(*) from imports.import_record where status = 'REJECTED'")
                .query(Integer.class).single()).as("no synthetic file rejected").isZero();
        assertThat(jdbc.sql("select count(*) from indicator.observation where source_note not like '%000_356a0ad18a236da2%'")
                .query(Integer.class).single()).as("only the seed's own observations").isZero();

        List<String> unlabelled = new java.util.ArrayList<>();
        List<String> imported = jdbc.sql("select distinct dataset from imports.import_record where status = 'IMPORTED'")
                .query(String.class).list();
        assertThat(imported).as("the seed's and the synthetic set's imports").containsAll(present)
                .contains("agreement-sheet", "observations");
        for (String name : imported) {
            ImportReport report = imports.latestImported(name).orElseThrow();
            report.details().forEach((field, value) -> {
                String key = report.detailLabelKey(field);
                if (messages.getMessage(key, null, null, java.util.Locale.forLanguageTag("da")) == null) {
                    unlabelled.add(key + " (" + value + ")");
                }
            });
        }
        assertThat(unlabelled).as("every fact of every dataset's report has a Danish label").isEmpty();

        int departments = jdbc.sql("select count(*) from housing.department").query(Integer.class).single();
        loader.loadOnce();
        assertThat(jdbc.sql("select count(*) from housing.department").query(Integer.class).single())
                .as("a second start imports nothing").isEqualTo(departments);
    }
}
