package dk.almenmonitor.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import dk.almenmonitor.decision.DecisionView;
import dk.almenmonitor.followup.Achievement;
import dk.almenmonitor.shared.DanishFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The briefing as a Word document for the agenda (Apache POI XWPF): headings and one paragraph per item. Text goes in
 * through {@link XWPFRun#setText}, which escapes it; characters XML cannot hold are dropped.
 */
@Component
class BriefingDocx {

    private static final String FONT = "Arial";

    private final MessageSource messages;

    BriefingDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Briefing b) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MeetingView m = b.meeting();
            paragraph(doc, text("meeting.briefing.title", m.forumName(), DanishFormat.date(m.date())), true, 16);
            paragraph(doc, text("meeting.briefing.lead", m.periodLabel()), false, 11);
            paragraph(doc, b.previous() == null ? text("meeting.briefing.first")
                    : text("meeting.briefing.since", DanishFormat.date(b.previous().date())), false, 11);

            paragraph(doc, text("meeting.briefing.changes"), true, 13);
            if (b.changes().isEmpty()) {
                paragraph(doc, text("meeting.briefing.changes.none"), false, 11);
            }
            for (Briefing.Change c : b.changes()) {
                StringBuilder line = new StringBuilder(c.periodLabel()).append(": ").append(c.title()).append(" – ");
                line.append(c.edited() ? text("meeting.briefing.change.edited") : text("meeting.briefing.change.notEdited"));
                if (c.achievementChanged()) {
                    line.append("; ").append(text("meeting.briefing.change.achievement", achievement(c.achievementBefore()),
                            achievement(c.achievementAfter())));
                }
                if (c.newDelay()) {
                    line.append("; ").append(text("meeting.briefing.change.newDelay"));
                }
                paragraph(doc, line.toString(), false, 11);
            }

            paragraph(doc, text("meeting.briefing.overdue"), true, 13);
            if (b.overdue().isEmpty()) {
                paragraph(doc, text("meeting.briefing.overdue.none"), false, 11);
            }
            for (Briefing.Goal g : b.overdue()) {
                paragraph(doc, g.title() + " (" + String.join(", ", g.owners()) + ")"
                        + (g.delayReason() == null || g.delayReason().isBlank() ? ""
                        : " – " + text("meeting.briefing.delayReason") + ": " + g.delayReason()), false, 11);
            }

            paragraph(doc, text("meeting.briefing.missing"), true, 13);
            if (b.missing().isEmpty()) {
                paragraph(doc, text("meeting.briefing.missing.none"), false, 11);
            }
            for (Briefing.Missing x : b.missing()) {
                paragraph(doc, text("meeting.missing." + x.kind()) + ": " + x.title() + " – " + x.message(), false, 11);
            }

            paragraph(doc, text("meeting.briefing.decisions", DanishFormat.date(b.decisionsFrom()),
                    DanishFormat.date(m.date())), true, 13);
            if (b.decisions().isEmpty()) {
                paragraph(doc, text("meeting.briefing.decisions.none"), false, 11);
            }
            for (DecisionView d : b.decisions()) {
                paragraph(doc, DanishFormat.date(d.date()) + ", " + d.forumName() + ": " + d.text()
                        + (d.reference() == null ? "" : " (" + d.reference() + ")"), false, 11);
            }

            paragraph(doc, text("meeting.briefing.toDecide"), true, 13);
            if (b.toDecide().isEmpty()) {
                paragraph(doc, text("meeting.briefing.toDecide.none"), false, 11);
            }
            for (Briefing.Goal g : b.toDecide()) {
                paragraph(doc, g.title() + " (" + String.join(", ", g.owners()) + ")", false, 11);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String achievement(@Nullable Achievement a) {
        return a == null ? text("meeting.briefing.achievement.none") : a.danish();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DanishFormat.DANISH);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int points) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingAfter(120);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        String[] lines = xmlSafe(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** Drops the characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
    static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
