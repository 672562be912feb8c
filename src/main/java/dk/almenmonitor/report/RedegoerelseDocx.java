package dk.almenmonitor.report;

import java.util.List;

import dk.almenmonitor.shared.DanishFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;

/** The redegørelse as an editable Word document (A4 portrait), in the same order as the PDF. */
@Component
class RedegoerelseDocx {

    private static final int BODY = 11;

    private final ReportMessages text;
    private final RenderMetrics metrics;

    RedegoerelseDocx(ReportMessages text, RenderMetrics metrics) {
        this.text = text;
        this.metrics = metrics;
    }

    byte[] write(Redegoerelse r) {
        return metrics.time("redegoerelse", "docx", () -> document(r));
    }

    private byte[] document(Redegoerelse r) {
        XWPFDocument doc = new XWPFDocument();
        Docx.page(doc, false, 1247);
        doc.getProperties().getCoreProperties().setTitle(text.get("report.redegoerelse.title", r.agreementName()));
        Docx.paragraph(doc, text.get("report.redegoerelse.title", r.agreementName()), true, 16);
        Docx.paragraph(doc, text.get("report.redegoerelse.subtitle", r.quarterLabel()), true, 12);
        textSection(doc, r, TextSection.INTRODUCTION);
        Docx.paragraph(doc, text.get("report.redegoerelse.sentence", r.quarterLabel(), r.concreteFulfilled(),
                r.concreteGoals()), true, BODY);
        Docx.paragraph(doc, text.get("report.redegoerelse.intents", r.intents()), false, BODY);

        heading(doc, text.get("report.redegoerelse.fulfilled"));
        if (r.fulfilled().isEmpty()) {
            Docx.paragraph(doc, text.get("report.redegoerelse.fulfilled.none"), false, BODY);
        }
        for (Redegoerelse.Item item : r.fulfilled()) {
            XWPFParagraph p = Docx.paragraph(doc, "• " + item.row().goal().title()
                    + (item.owners().isEmpty() ? "" : " (" + item.owners() + ")"), false, BODY);
            p.setIndentationLeft(284);
            p.setIndentationHanging(284);
        }

        heading(doc, text.get("report.redegoerelse.overdue"));
        if (r.overdue().isEmpty()) {
            Docx.paragraph(doc, text.get("report.redegoerelse.overdue.none"), false, BODY);
        }
        for (Redegoerelse.Item item : r.overdue()) {
            var s = item.row().status();
            subheading(doc, item.row().goal().title());
            facts(doc, List.of(
                    text.get("report.redegoerelse.deadline"), orDash(item.row().goal().deadline().text()),
                    text.get("report.redegoerelse.reason"), s.delayReason() == null || s.delayReason().isBlank()
                            ? text.get("report.redegoerelse.noReason") : s.delayReason(),
                    text.get("report.redegoerelse.expected"),
                    orDash(s.expectedFulfilment() == null ? null : s.expectedFulfilment().text()),
                    text.get("report.redegoerelse.owner"), orDash(item.owners())));
        }

        heading(doc, text.get("report.redegoerelse.measurable"));
        for (Redegoerelse.Item item : r.measurable()) {
            subheading(doc, item.row().goal().title());
            var achievement = item.row().achievement();
            facts(doc, List.of(text.get("report.redegoerelse.owner"), orDash(item.owners()),
                    text.get("report.redegoerelse.achievement"), achievement == null
                            ? text.get("followup.achievement.none") : text.get("followup.achievement." + achievement.name())));
            if (!item.figures().isEmpty()) {
                facts(doc, List.of(text.get("report.redegoerelse.figures"), String.join("\n", item.figures())));
            }
            facts(doc, List.of(text.get("report.redegoerelse.status"), orDash(item.statusText())));
        }
        heading(doc, text.get("report.redegoerelse.decisions"));
        Docx.paragraph(doc, text.get("report.redegoerelse.decisions.lead", DanishFormat.date(r.decisionsFrom()),
                DanishFormat.date(r.decisionsTo())), false, BODY);
        if (r.decisions().isEmpty()) {
            Docx.paragraph(doc, text.get("report.redegoerelse.decisions.none"), false, BODY);
        }
        for (Redegoerelse.GoalDecisions g : r.decisions()) {
            subheading(doc, g.goal().title());
            for (var d : g.decisions()) {
                XWPFParagraph p = Docx.paragraph(doc, "– " + text.get("report.redegoerelse.decision",
                        DanishFormat.date(d.date()), d.forumName(), d.text())
                        + (d.reference() == null ? "" : " (" + text.get("report.redegoerelse.decision.reference",
                        d.reference()) + ")"), false, BODY);
                p.setIndentationLeft(284);
                p.setIndentationHanging(284);
            }
        }
        textSection(doc, r, TextSection.FOCUS_POINTS);
        textSection(doc, r, TextSection.APPENDIX_2);
        return Docx.bytes(doc);
    }

    private void textSection(XWPFDocument doc, Redegoerelse r, TextSection section) {
        String body = r.texts().getOrDefault(section, "");
        if (!body.isBlank()) {
            heading(doc, text.get("report.text." + section.name()));
            Docx.paragraph(doc, body, false, BODY);
        }
    }

    private static void heading(XWPFDocument doc, String title) {
        XWPFParagraph p = Docx.paragraph(doc, title, true, 13);
        p.setSpacingBefore(240);
        p.setKeepNext(true);
    }

    private static void subheading(XWPFDocument doc, String title) {
        XWPFParagraph p = Docx.paragraph(doc, title, true, BODY);
        p.setSpacingBefore(120);
        p.setKeepNext(true);
    }

    /** Label/value pairs as "Label: value" paragraphs. */
    private static void facts(XWPFDocument doc, List<String> pairs) {
        for (int i = 0; i < pairs.size(); i += 2) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(40);
            Docx.write(p.createRun(), pairs.get(i) + ": ", true, BODY);
            Docx.write(p.createRun(), pairs.get(i + 1), false, BODY);
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
