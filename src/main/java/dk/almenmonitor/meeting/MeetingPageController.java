package dk.almenmonitor.meeting;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.decision.Decisions;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Møder": an agreement's meetings with (ADMIN) the form that creates one, and a meeting's briefing (page and DOCX). */
@Controller
class MeetingPageController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Meetings meetings;
    private final AgreementCatalog catalog;
    private final Decisions decisions;
    private final BriefingDocx docx;
    private final CurrentUsers users;
    private final MessageSource messages;

    MeetingPageController(Meetings meetings, AgreementCatalog catalog, Decisions decisions, BriefingDocx docx,
                          CurrentUsers users, MessageSource messages) {
        this.meetings = meetings;
        this.catalog = catalog;
        this.decisions = decisions;
        this.docx = docx;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/aftaler/{agreementId}/moeder")
    String list(@PathVariable String agreementId, Model model) {
        model.addAttribute("form", Map.of());
        return listView(agreementId, model);
    }

    @PostMapping("/aftaler/{agreementId}/moeder")
    @PreAuthorize("@access.admin('meeting.refused.role')")
    String create(@PathVariable String agreementId, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        try {
            MeetingView created = meetings.create(agreementId,
                    new MeetingInput(form.get("forum"), form.get("date"), form.get("period")),
                    users.current().map(CurrentUser::username).orElse("anonymous"));
            return "redirect:/aftaler/" + created.agreementId() + "/moeder/" + created.id();
        } catch (RequestRefused refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("errorField", Meetings.field(refused));
            model.addAttribute("errorMessage", messages.getMessage(refused.messageCode(), refused.arguments(),
                    DanishFormat.DANISH));
            Map<String, String> kept = new LinkedHashMap<>();
            for (String f : new String[] {"forum", "date", "period"}) {
                String v = form.get(f);
                kept.put(f, v == null ? "" : Meetings.cut(v));
            }
            model.addAttribute("form", kept);
            return listView(agreementId, model);
        }
    }

    @GetMapping("/aftaler/{agreementId}/moeder/{id}")
    String briefing(@PathVariable String agreementId, @PathVariable String id, Model model) {
        model.addAttribute("briefing", meetings.briefing(agreementId, id));
        model.addAttribute("agreement", catalog.agreement(agreementId).orElseThrow());
        return "meeting/briefing";
    }

    @GetMapping("/aftaler/{agreementId}/moeder/{id}/orientering.docx")
    ResponseEntity<byte[]> download(@PathVariable String agreementId, @PathVariable String id) {
        Briefing b = meetings.briefing(agreementId, id);
        String name = "orientering-" + b.meeting().forum().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + b.meeting().date() + ".docx";
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(docx.write(b));
    }

    private String listView(String agreementId, Model model) {
        model.addAttribute("meetings", meetings.forAgreement(agreementId));
        model.addAttribute("agreement", catalog.agreement(agreementId).orElseThrow());
        model.addAttribute("rounds", meetings.rounds(agreementId));
        model.addAttribute("forums", decisions.forums());
        model.addAttribute("canCreate", users.current().map(CurrentUser::isAdmin).orElse(false));
        return "meeting/meetings";
    }
}
