package dk.almenmonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CSV reader every dataset streams through ({@link CsvInput}, {@link CsvTable} and its typed cells): arbitrary
 * bytes and near-valid files are read, or refused with the pipeline's reported problems, never anything else.
 */
class CsvTablePropertyTests {

    static final String VALID = """
            nr;beloeb;dato;navn
            1;1.234,5;2017-01-19;Første
            2;17;19-01-2017;Anden afdeling
            3;0,25;;"Tredje"
            """;
    static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(List.of("nr", "beloeb", "dato", "navn"),
            List.of("nr", "beloeb"));

    @Property(tries = 300)
    void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        ImportFuzz.check(content, true, Map.of(), CsvTablePropertyTests::readAll);
    }

    @Property(tries = 1000)
    void nearValidFilesAreReadOrRefusedWithTheirRows(@ForAll("nearValid") byte[] content) {
        ImportRejectedException refused = ImportFuzz.check(content, true, Map.of(), CsvTablePropertyTests::readAll);
        if (refused != null) {
            assertThat(refused.format()).isEqualTo("CSV");
        }
        net.jqwik.api.statistics.Statistics.collect(refused == null ? "read"
                : refused.problems().get(0).row() == null ? "refused (file)" : "refused (row)");
    }

    @Example
    void theValidFileIsRead() {
        assertThat(ImportFuzz.check(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8), true, Map.of(),
                CsvTablePropertyTests::readAll)).isNull();
    }

    /** Found by the dataset properties: a required number of only a no-break space or a bare % read as missing, unreported. */
    @Example
    void aRequiredNumberOfNothingReadableIsMissingAtItsRowAndColumn() {
        String file = "nr;beloeb;navn\n\u00A0;1;a\n2;%;b\n3;\u202F;c\n";

        ImportRejectedException refused = ImportFuzz.check(file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                true, Map.of(), CsvTablePropertyTests::readAll);

        assertThat(refused.problems()).extracting(p -> p.row() + " " + p.column())
                .containsExactly("2 nr", "3 beloeb", "4 beloeb");
    }

    /** Every row read with every typed read, as the datasets do. */
    static ParsedImport<Integer> readAll(ImportFile file) {
        try (CsvTable table = CsvTable.open(file, COLUMNS, 50, 20, ImportFuzz.texts())) {
            int sum = 0;
            while (table.next()) {
                CsvTable.Row r = table.row();
                Long nr = r.integer("nr", true);
                r.decimal("beloeb", true);
                r.date("dato", false);
                r.text("navn");
                r.requiredText("navn");
                r.size();
                sum += nr == null ? 0 : 1;
            }
            return table.parsed(sum, "imports.csv.noHeader", Map.of());
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return ImportFuzz.bytes("nr;beloeb;dato;navn");
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(VALID);
    }
}
