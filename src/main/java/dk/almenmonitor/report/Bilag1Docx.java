package dk.almenmonitor.report;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/** Bilag 1 as a Word document the committees can edit: A4 landscape, a heading and a table per section. */
@Component
class Bilag1Docx {

    private final ReportMessages text;
    private final RenderMetrics metrics;

    Bilag1Docx(ReportMessages text, RenderMetrics metrics) {
        this.text = text;
        this.metrics = metrics;
    }

    byte[] write(Bilag1 bilag1) {
        return metrics.time("bilag1", "docx", () -> document(bilag1));
    }

    private byte[] document(Bilag1 bilag1) {
        XWPFDocument doc = new XWPFDocument();
        Docx.page(doc, true, 720);
        doc.getProperties().getCoreProperties().setTitle(text.get("report.bilag1.pageTitle", bilag1.currentLabel()));
        Docx.paragraph(doc, text.get("report.bilag1.title", bilag1.agreementName()), true, 14);
        Docx.paragraph(doc, text.get("report.bilag1.subtitle", bilag1.currentLabel()), true, 11);
        List<Integer> widths = Bilag1Columns.widths(bilag1);
        for (Bilag1.Section section : bilag1.sections()) {
            Docx.paragraph(doc, text.get("report.bilag1.section." + section.kind()), true, 11).setKeepNext(true);
            List<List<String>> rows = section.rows().stream().map(r -> Bilag1Columns.cells(bilag1, r, text)).toList();
            Docx.table(doc, Bilag1Columns.headers(bilag1, section, text), rows, widths, 7);
            doc.createParagraph();
        }
        return Docx.bytes(doc);
    }
}
