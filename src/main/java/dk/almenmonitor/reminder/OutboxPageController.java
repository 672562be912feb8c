package dk.almenmonitor.reminder;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Udbakke": the reminders the system has sent or, without a mail server, kept for the secretariat to see. */
@Controller
class OutboxPageController {

    private final Reminders reminders;
    private final CurrentUsers users;

    OutboxPageController(Reminders reminders, CurrentUsers users) {
        this.reminders = reminders;
        this.users = users;
    }

    @GetMapping("/udbakke")
    String outbox(Model model) {
        if (!users.current().map(CurrentUser::isAdmin).orElse(false)) {
            throw Refusals.forbidden("reminder.outbox.forbidden");
        }
        model.addAttribute("mails", reminders.outbox());
        return "reminder/outbox";
    }

}
