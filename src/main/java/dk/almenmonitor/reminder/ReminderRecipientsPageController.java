package dk.almenmonitor.reminder;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Modtagere af påmindelser": the secretariat keeps each owner organisation's reminder address. */
@Controller
class ReminderRecipientsPageController {

    static final String PAGE = "/modtagere";

    private final ReminderRecipients recipients;
    private final CurrentUsers users;
    private final MessageSource messages;

    ReminderRecipientsPageController(ReminderRecipients recipients, CurrentUsers users, MessageSource messages) {
        this.recipients = recipients;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    @PreAuthorize("@access.admin('reminder.recipients.forbidden')")
    String page(@RequestParam(name = "gemt", required = false) String saved, Model model) {
        model.addAttribute("saved", saved);
        return view(model);
    }

    @PostMapping(PAGE + "/{organisationCode}")
    @PreAuthorize("@access.admin('reminder.recipients.forbidden')")
    String save(@PathVariable String organisationCode, @RequestParam(required = false) String email, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser admin = users.current().orElseThrow(() -> RequestRefused.forbidden("reminder.recipients.forbidden"));
        try {
            recipients.save(organisationCode, email, admin.username());
        } catch (InvalidAddressException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorCode", organisationCode);
            model.addAttribute("errorMessage", messages.getMessage(e.messageCode(), e.arguments(), DanishFormat.DANISH));
            model.addAttribute("draft", email != null && email.length() > ReminderRecipients.MAX_LENGTH
                    ? email.substring(0, ReminderRecipients.MAX_LENGTH) : email);
            return view(model);
        }
        redirect.addAttribute("gemt", organisationCode);
        return "redirect:" + PAGE;
    }

    private String view(Model model) {
        model.addAttribute("recipients", recipients.all());
        model.addAttribute("maxLength", ReminderRecipients.MAX_LENGTH);
        return "reminder/recipients";
    }
}
