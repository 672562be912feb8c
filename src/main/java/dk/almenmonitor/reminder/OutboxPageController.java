package dk.almenmonitor.reminder;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Udbakke": the reminders the system has sent or, without a mail server, kept for the secretariat to see. */
@Controller
class OutboxPageController {

    private final Reminders reminders;

    OutboxPageController(Reminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/udbakke")
    @PreAuthorize("@access.admin('reminder.outbox.forbidden')")
    String outbox(Model model) {
        model.addAttribute("mails", reminders.outbox());
        return "reminder/outbox";
    }

}
