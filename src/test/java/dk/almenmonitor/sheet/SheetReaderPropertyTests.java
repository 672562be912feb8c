package dk.almenmonitor.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dk.almenmonitor.followup.SeedSheet;
import dk.almenmonitor.imports.ImportFuzz;
import dk.almenmonitor.organisation.OwnerParseResult;
import dk.almenmonitor.organisation.Organisations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The follow-up sheet's readers (XLSX and {@code ;}-CSV, picked by the first bytes) and its parser on arbitrary bytes,
 * near-valid CSV and XLSX made from the seed sheet with random edits (its quoted cells split as they come), and the seed XLSX with bytes changed: the sheet
 * is read, or refused with the pipeline's reported problems, never anything else. Every owner text reads as one known
 * organisation (the parser's lookup is the organisation module's).
 */
class SheetReaderPropertyTests {

    static final String SEED = seedCsv();

    final SheetFileReader reader = new SheetFileReader(ImportFuzz.texts(), 1_000, 30);
    final AgreementSheetParser parser;

    SheetReaderPropertyTests() {
        Organisations organisations = mock(Organisations.class);
        when(organisations.parseOwners(any())).thenReturn(new OwnerParseResult(List.of("KK"), List.of()));
        parser = new AgreementSheetParser(organisations, ImportFuzz.texts());
    }

    ParsedSheet readAndParse(byte[] content) {
        return parser.parse(reader.read(content));
    }

    void check(byte[] content) {
        ImportFuzz.check(content, false, Map.of(), file -> readAndParse(file.content()));
    }

    @Example
    void theSeedSheetIsReadAsCsvAndAsXlsx() throws IOException {
        assertThat(readAndParse(SEED.getBytes(StandardCharsets.UTF_8)).goals()).isNotEmpty();
        assertThat(readAndParse(SeedSheet.xlsxBytes()).goals()).isNotEmpty();
        assertThat(readAndParse(xlsx(SEED.getBytes(StandardCharsets.UTF_8))).goals()).isNotEmpty();
    }

    @Property(tries = 300)
    void arbitraryBytesAreReadOrRefused(@ForAll("bytes") byte[] content) {
        check(content);
    }

    @Property(tries = 300)
    void nearValidCsvSheetsAreReadOrRefused(@ForAll("nearValid") byte[] content) {
        check(content);
    }

    @Property(tries = 40)
    void nearValidXlsxSheetsAreReadOrRefused(@ForAll("nearValid") byte[] csv) {
        check(xlsx(csv));
    }

    @Property(tries = 150)
    void theSeedXlsxWithBytesChangedIsReadOrRefused(@ForAll("damagedXlsx") byte[] content) {
        check(content);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
        Arbitrary<byte[]> magic = Arbitraries.of(new byte[] {0x50, 0x4B, 0x03, 0x04},
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, new byte[] {0x25, 0x50, 0x44, 0x46},
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE});
        return Arbitraries.oneOf(any, ImportFuzz.bytes(SEED.lines().findFirst().orElseThrow()),
                Combinators.combine(magic, any).as(SheetReaderPropertyTests::concat));
    }

    @Provide
    Arbitrary<byte[]> nearValid() {
        return ImportFuzz.nearValid(SEED);
    }

    /** The seed XLSX with up to six bytes replaced, or cut off, anywhere (the zip's entries or its directory). */
    @Provide
    Arbitrary<byte[]> damagedXlsx() {
        byte[] seed;
        try {
            seed = SeedSheet.xlsxBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, seed.length - 1),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value});
        return Combinators.combine(edit.list().ofMinSize(1).ofMaxSize(6), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, seed.length)).as((edits, cut, length) -> {
                    byte[] damaged = seed.clone();
                    edits.forEach(e -> damaged[e[0]] = (byte) e[1]);
                    return cut == 0 ? java.util.Arrays.copyOf(damaged, length) : damaged;
                });
    }

    /** A ;-separated text as an XLSX of text cells (what cannot be read as CSV becomes an empty sheet). */
    static byte[] xlsx(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\u0000", "");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Bilag 1");
            int r = 0;
            for (String line : text.split("\r?\n", -1)) {
                var row = sheet.createRow(r++);
                String[] cells = line.split(";", -1);
                for (int c = 0; c < Math.min(cells.length, 40); c++) {
                    row.createCell(c).setCellValue(cells[c].length() > 32_767 ? cells[c].substring(0, 32_767)
                            : cells[c]);
                }
                if (r >= 1_100) {
                    break;
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static String seedCsv() {
        try {
            return SeedSheet.csvText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
