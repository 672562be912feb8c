package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipInputStream;

import dk.almenmonitor.sheet.AgreementSheetImporter;
import dk.almenmonitor.followup.FollowUpQueries;
import dk.almenmonitor.followup.GoalStatusRow;
import dk.almenmonitor.imports.ImportReport;
import dk.almenmonitor.imports.ImportStatus;
import dk.almenmonitor.followup.RoundView;
import dk.almenmonitor.followup.SeedSheetAccess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XLSX export imports again to the same data, and hostile status texts (a formula, a script tag) come out inert:
 * a string cell in XLSX, escaped text in HTML, PDF and DOCX. The hostile texts are imported through the sheet importer
 * into their own agreement (there is no status-editing API yet).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Bilag1ExportSafetyIntegrationTests {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    static final String SCRIPT = "<script>alert(1)</script>";
    private static final String HOSTILE = "injection-test";

    @Autowired
    MockMvc mvc;
    @Autowired
    AgreementSheetImporter importer;
    @Autowired
    FollowUpQueries followUp;

    @BeforeAll
    void importHostileCopy() throws Exception {
        byte[] csv = SeedSheetAccess.csvWithQ1Statuses(List.of(0, 1), List.of(FORMULA, SCRIPT));
        ImportReport report = importer.importSheet(csv, "hostile.csv", HOSTILE, "test");
        assertThat(report.status()).as(report.errors().toString()).isEqualTo(ImportStatus.IMPORTED);
    }

    @Test
    void exportedXlsxImportsAgainToTheSameData() throws Exception {
        byte[] xlsx = download("/reports/kk-bl1-2015-2018/2017-Q1/bilag1.xlsx");

        ImportReport report = importer.importSheet(xlsx, "bilag1-export.xlsx", "roundtrip-xlsx", "test");

        assertThat(report.status()).as(report.errors().toString()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(followUp.rounds("roundtrip-xlsx").stream().map(RoundView::period).toList())
                .isEqualTo(followUp.rounds("kk-bl1-2015-2018").stream().map(RoundView::period).toList());
        for (RoundView round : followUp.rounds("kk-bl1-2015-2018")) {
            assertThat(content("roundtrip-xlsx", round.period())).as(round.period())
                    .containsExactlyElementsOf(content("kk-bl1-2015-2018", round.period()));
        }
        assertThat(((java.util.Map<?, ?>) importer.importSheet(xlsx, "again.xlsx", "roundtrip-xlsx", "test").detail("statuses"))
                .get("created")).isEqualTo(0);
    }

    @Test
    void formulaTextIsAStringCellWithQuotePrefixInXlsx() throws Exception {
        byte[] xlsx = download("/reports/" + HOSTILE + "/2017-Q1/bilag1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell cell = sheet.getRow(4).getCell(5);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(FORMULA);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(5).getCell(5).getStringCellValue()).isEqualTo(SCRIPT);
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void scriptTextIsEscapedInHtmlPdfAndDocx() throws Exception {
        String base = "/reports/" + HOSTILE + "/2017-Q1/bilag1.";
        String html = new String(download(base + "html"), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);

        try (PDDocument pdf = Loader.loadPDF(download(base + "pdf"))) {
            assertThat(PdfText.of(pdf).all()).contains(PdfText.dense(SCRIPT)).contains(PdfText.dense(FORMULA));
        }

        byte[] docx = download(base + "docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getRow(2).getCell(5).getText()).isEqualTo(SCRIPT);
        }
        String documentXml = entry(docx, "word/document.xml");
        // XML escapes "<" (a ">" may stand as it is): the tag is text, not markup.
        assertThat(documentXml).contains("&lt;script").contains("&lt;/script").doesNotContain("<script");
    }

    /** What a sheet carries, per goal in display order, without database ids. */
    private List<String> content(String agreementId, String period) {
        return followUp.table(agreementId, period).stream().map(Bilag1ExportSafetyIntegrationTests::describe).toList();
    }

    private static String describe(GoalStatusRow r) {
        var g = r.goal();
        var s = r.status();
        return String.join(" | ", g.kind().name(), String.valueOf(g.theme()), g.title(), g.content(),
                g.deadline().text(), String.valueOf(g.owners()), String.valueOf(g.concrete()),
                String.valueOf(g.relatedGoalId() != null), s == null ? "-" : Objects.toString(s.statusText()),
                s == null ? "-" : Objects.toString(s.delayReason()),
                s == null || s.expectedFulfilment() == null ? "-" : Objects.toString(s.expectedFulfilment().text()),
                s == null ? "-" : String.valueOf(s.achievement()), s == null ? "-" : String.valueOf(s.unchanged()));
    }

    private byte[] download(String path) throws Exception {
        var response = mvc.perform(get(path).with(user("laeser").roles("READER"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
