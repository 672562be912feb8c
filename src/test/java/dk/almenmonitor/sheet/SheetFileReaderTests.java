package dk.almenmonitor.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import dk.almenmonitor.TestMessages;
import dk.almenmonitor.followup.SeedSheet;
import dk.almenmonitor.imports.ImportProblem;
import dk.almenmonitor.imports.ImportRejectedException;
import dk.almenmonitor.imports.ImportTexts;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The sheet readers' caps and messages, with small limits: 1.000 rows, 20 columns (A–T). */
class SheetFileReaderTests {

    private final SheetFileReader reader = new SheetFileReader(importTexts(), 1_000, 20);

    /** The import pipeline's text bean over the application's messages (its constructor is the imports module's). */
    private static ImportTexts importTexts() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean("messageSource", MessageSource.class, TestMessages::source);
        context.registerBean(ImportTexts.class);
        context.refresh();
        return context.getBean(ImportTexts.class);
    }

    @Test
    void anXlsxCellRightOfTheColumnsIsRejectedNamingIt() throws IOException {
        byte[] xlsx = xlsx(5, 19);
        assertThat(reader.read(xlsx).rows()).hasSize(5);
        ImportProblem problem = rejection(xlsx(5, 20));
        assertThat(problem.row()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo("U");
        assertThat(problem.message()).isEqualTo("Cellen U1 ligger uden for arkets kolonner: højst 20 kolonner (A–T) læses. "
                + "Slet indholdet længere til højre.");
    }

    @Test
    void anXlsxWithTooManyRowsIsRejectedAtTheFirstRowOver() throws IOException {
        assertThat(reader.read(xlsx(1_000, 0)).rows()).hasSize(1_000);
        ImportProblem problem = rejection(xlsx(1_001, 0));
        assertThat(problem.row()).isEqualTo(1_001);
        assertThat(problem.message()).contains("flere end 1.000 rækker");
    }

    @Test
    void aCsvWithTooManyRowsOrColumnsIsRejected() {
        assertThat(reader.read("x\n".repeat(1_000).getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1_000);
        ImportProblem rows = rejection("x\n".repeat(1_001).getBytes(StandardCharsets.UTF_8));
        assertThat(rows.row()).isEqualTo(1_001);
        assertThat(rows.message()).contains("flere end 1.000 rækker");
        ImportProblem columns = rejection(("a;b\n" + "x;".repeat(20) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(columns.row()).isEqualTo(2);
        assertThat(columns.column()).isEqualTo("U");
        assertThat(columns.message()).contains("flere end 20 kolonner");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRejectedInDanishWithoutPoiText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hej".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(rejection(out.toByteArray()).message()).isEqualTo("Filen er et zip-arkiv, men ikke et "
                + "XLSX-regneark (Excel-projektmappe). Gem arket i Excel som „Excel-projektmappe (*.xlsx)“ eller som "
                + "„CSV (semikolonsepareret)“.");
    }

    @Test
    void aDamagedWorksheetIsRejectedInDanishWithoutParserText() throws IOException {
        ImportProblem problem = rejection(withSheet("<c r="));
        assertThat(problem.message()).isEqualTo("Regnearket i XLSX-filen er beskadiget og kan ikke "
                + "læses. Åbn filen i Excel, og gem den igen som „Excel-projektmappe (*.xlsx)“ eller som "
                + "„CSV (semikolonsepareret)“.");
    }

    @Test
    void anXlsxCellOverExcelsLengthOrWithANulCharacterIsRejectedNamingIt() throws IOException {
        ImportProblem tooLong = rejection(withSheet("<c r=\"B1\" t=\"inlineStr\"><is><t>" + "x".repeat(32_768)
                + "</t></is></c>"));
        assertThat(tooLong.row()).isEqualTo(1);
        assertThat(tooLong.column()).isEqualTo("B");
        assertThat(tooLong.message()).contains("mere end 32.767 tegn");
        ImportProblem nul = rejection(withSheet("<c r=\"C1\" t=\"inlineStr\"><is><t>a_x0000_b</t></is></c>"));
        assertThat(nul.column()).isEqualTo("C");
        assertThat(nul.message()).contains("NUL-tegn");
    }

    @Test
    void aCellWhoseValueCannotBeReadIsRejectedNamingItNotSkipped() throws IOException {
        ImportProblem problem = rejection(withSheet("<c r=\"A1\" t=\"s\"><v>abc</v></c>"));
        assertThat(problem.column()).isEqualTo("A");
        assertThat(problem.message()).contains("Cellen A1 er beskadiget");
    }

    @Test
    void moreCellTextThanTheSheetMayUnfoldToIsRejectedEarly() throws IOException {
        java.util.Random random = new java.util.Random(9);
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 20; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 20; c++) {
                rows.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>");
                for (int i = 0; i < 26_000; i++) {
                    rows.append((char) ('a' + random.nextInt(26))); // random, so the zip passes POI's ratio check
                }
                rows.append("</t></is></c>");
            }
            rows.append("</row>");
        }
        ImportProblem problem = rejection(withRows(rows.toString()));
        assertThat(problem.message()).contains("mere end 10.000.000 tegn tekst");
        assertThat(problem.row()).isEqualTo(20); // the 385th cell of 26.000 characters passes 10.000.000
        assertThat(problem.column()).isEqualTo("E");
    }

    /** A workbook whose first row holds the given cell XML. */
    private static byte[] withSheet(String cells) throws IOException {
        return withRows("<row r=\"1\">" + cells + "</row>");
    }

    /** A workbook whose sheet holds the given row XML. */
    private static byte[] withRows(String rows) throws IOException {
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(SeedSheet.xlsxBytes()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().startsWith("xl/worksheets/sheet")
                        ? sheet.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aBrokenZipIsNotAnXlsx() {
        byte[] broken = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("XLSX");
    }

    private ImportProblem rejection(byte[] content) {
        try {
            reader.read(content);
        } catch (ImportRejectedException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("not rejected");
    }

    /** A workbook of {@code rows} rows with one cell each, in column {@code column} (0 = A). */
    static byte[] xlsx(int rows, int column) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("Ark1");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(column).setCellValue("x");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
