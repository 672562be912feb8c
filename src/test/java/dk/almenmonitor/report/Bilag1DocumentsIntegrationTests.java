package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.almenmonitor.followup.SeedSheetAccess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Bilag 1 as PDF, XLSX and DOCX, each read back and compared with the seed sheet (not with constants). */
@SpringBootTest
@AutoConfigureMockMvc
class Bilag1DocumentsIntegrationTests {

    private static final String BASE = "/reports/kk-bl1-2015-2018/2017-Q1/bilag1.";
    private static final List<String> SECTIONS = List.of("Målsætninger - Analyser (efter tidspunkt)",
            "Direkte målbare målsætninger (opdelt efter temaer)", "Målsætninger - hensigtserklæringer (opdelt efter temaer)");

    /** The running footer sits in the 16 mm bottom margin. */
    private static final float FOOTER_POINTS = 16 / 25.4f * 72;

    @Autowired
    MockMvc mvc;

    @Test
    void pdfHasEveryGoalInOrderTheUaendretCellsAndEmbeddedFonts() throws Exception {
        MvcResult result = download(BASE + "pdf", "application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"bilag1-kk-bl1-2015-2018-2017-Q1.pdf\"");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/bilag1-2017-Q1.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            for (PDFont font : PdfText.fonts(pdf)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            PdfText text = PdfText.of(pdf);
            assertThat(text.all()).contains(PdfText.dense("Status på målsætninger i Hovedaftale mellem Københavns Kommune og BL’s 1. kreds 2015-2018"))
                    .contains(PdfText.dense("Status pr. 1. kvartal 2017"))
                    .contains(PdfText.dense("Side 1 af " + pdf.getNumberOfPages()));
            assertThat(String.join("", SECTIONS.stream().map(PdfText::dense).toList())).isEqualTo(
                    String.join("", sectionTitlesInOrder(text.all())));
            // Each column, read down all pages, holds exactly its cells in the sheet's order: every goal in the right
            // order, nothing cut off, "Uændret" exactly where the sheet has it.
            List<List<String>> cells = SeedSheetAccess.cellsInSheetOrder();
            List<Boolean> unchanged = SeedSheetAccess.unchangedInSheetOrder();
            float[] edges = columnEdges(pdf.getPage(0).getMediaBox().getWidth());
            for (int column : List.of(0, 2, 3, 4, 5, 6, 7, 9)) {
                StringBuilder expected = new StringBuilder();
                for (int i = 0; i < cells.size(); i++) {
                    expected.append(column == 5 && unchanged.get(i) ? "Uændret" : cells.get(i).get(column));
                }
                assertThat(text.column(edges[column], edges[column + 1], FOOTER_POINTS)).as("column %d", column)
                        .isEqualTo(PdfText.dense(expected.toString()));
            }
        }
    }

    @Test
    void xlsxHasTheSheetsLayoutWithRealCells() throws Exception {
        MvcResult result = download(BASE + "xlsx", ReportDownloads.XLSX.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Status på målsætninger i Hovedaftale mellem Københavns Kommune og BL’s 1. kreds 2015-2018");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Status pr. 1. kvartal 2017");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            List<String> sections = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<Boolean> unchanged = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() < 3 || row.getCell(0) == null) {
                    continue;
                }
                if (format.formatCellValue(row.getCell(1)).equals("Tema")) {
                    sections.add(row.getCell(0).getStringCellValue());
                    assertThat(format.formatCellValue(row.getCell(4))).isEqualTo("Status - 4. kvartal 2016");
                    assertThat(format.formatCellValue(row.getCell(5))).isEqualTo("Status - 1. kvartal 2017");
                    continue;
                }
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                for (Cell cell : row) {
                    if (cell.getColumnIndex() != 1) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(cell.getCellStyle().getWrapText()).isTrue();
                    }
                }
                titles.add(row.getCell(0).getStringCellValue());
                unchanged.add(row.getCell(5).getStringCellValue().equals("Uændret"));
            }
            assertThat(sections).containsExactlyElementsOf(SECTIONS);
            assertThat(titles).containsExactlyElementsOf(SeedSheetAccess.titlesInSheetOrder());
            assertThat(unchanged).containsExactlyElementsOf(SeedSheetAccess.unchangedInSheetOrder());
        }
    }

    @Test
    void docxIsALandscapeWordTablePerSection() throws Exception {
        MvcResult result = download(BASE + "docx", ReportDownloads.DOCX.toString());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Status på målsætninger i Hovedaftale mellem Københavns Kommune og BL’s 1. kreds 2015-2018");
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            List<String> titles = new ArrayList<>();
            List<Boolean> unchanged = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                XWPFTableRow header = tables.get(t).getRow(0);
                assertThat(header.getCell(0).getText()).isEqualTo(SECTIONS.get(t));
                assertThat(header.isRepeatHeader()).isTrue();
                assertThat(header.getCell(5).getText()).isEqualTo("Status - 1. kvartal 2017");
                for (XWPFTableRow row : tables.get(t).getRows().subList(1, tables.get(t).getRows().size())) {
                    titles.add(row.getCell(0).getText());
                    unchanged.add(row.getCell(5).getText().equals("Uændret"));
                }
            }
            assertThat(titles).containsExactlyElementsOf(SeedSheetAccess.titlesInSheetOrder());
            assertThat(unchanged).containsExactlyElementsOf(SeedSheetAccess.unchangedInSheetOrder());
        }
    }

    @Test
    void unknownRoundIs404ForEveryFormat() throws Exception {
        for (String ext : List.of("pdf", "xlsx", "docx")) {
            int status = mvc.perform(get("/reports/kk-bl1-2015-2018/2031-Q1/bilag1." + ext).with(user("laeser").roles("READER")))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(ext).isEqualTo(404);
        }
    }

    /** The column edges of the printed table: A4 landscape, 10 mm side margins, the widths of report/print.html. */
    private static float[] columnEdges(float pageWidth) {
        float margin = 10 / 25.4f * 72;
        float width = pageWidth - 2 * margin;
        float[] percent = {15, 4, 6.5f, 11, 16.5f, 16.5f, 8, 8, 7.5f, 7};
        width *= 0.998f; // the table is 99.8 % wide, so its right border stays inside the page
        float[] edges = new float[percent.length + 1];
        edges[0] = margin;
        for (int i = 0; i < percent.length; i++) {
            edges[i + 1] = edges[i] + width * percent[i] / 100;
        }
        return edges;
    }

    private static List<String> sectionTitlesInOrder(String all) {
        List<String> found = new ArrayList<>();
        int from = 0;
        for (String section : SECTIONS) {
            int at = all.indexOf(PdfText.dense(section), from);
            if (at >= 0) {
                found.add(PdfText.dense(section));
                from = at;
            }
        }
        return found;
    }

    private MvcResult download(String path, String contentType) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).as(path).startsWith(contentType);
        return result;
    }
}
