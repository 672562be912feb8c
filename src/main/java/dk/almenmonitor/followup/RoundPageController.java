package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.AgreementView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.Quarter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rounds of an agreement, one round's work page (my goals first), its quality check and change view. */
@Controller
class RoundPageController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries queries;
    private final RoundManagement management;
    private final StatusEditing editing;
    private final CurrentUsers users;
    private final FollowUpTexts texts;

    RoundPageController(AgreementCatalog catalog, FollowUpQueries queries, RoundManagement management,
                        StatusEditing editing, CurrentUsers users, FollowUpTexts texts) {
        this.texts = texts;
        this.catalog = catalog;
        this.queries = queries;
        this.management = management;
        this.editing = editing;
        this.users = users;
    }

    @GetMapping("/aftaler/{agreementId}/runder")
    String rounds(@PathVariable String agreementId, Model model) {
        AgreementView agreement = agreement(agreementId);
        List<RoundView> rounds = queries.rounds(agreementId);
        model.addAttribute("agreement", agreement);
        model.addAttribute("rounds", rounds);
        model.addAttribute("suggestedPeriod", rounds.isEmpty() ? Quarter.of(LocalDate.now()).toString()
                : Quarter.parse(rounds.get(rounds.size() - 1).period()).orElseThrow().next().toString());
        model.addAttribute("isAdmin", users.current().map(CurrentUser::isAdmin).orElse(false));
        return "followup/rounds";
    }

    @PostMapping("/aftaler/{agreementId}/runder")
    @PreAuthorize("@access.admin('followup.round.open.forbidden')")
    String open(@PathVariable String agreementId, @RequestParam String period, @RequestParam(required = false) String dueDate,
                RedirectAttributes redirect) {
        LocalDate due;
        try {
            due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate);
        } catch (DateTimeParseException e) {
            throw FollowUpException.invalid("followup.refused.dueDateFormat");
        }
        RoundView round = management.open(agreementId, period.strip(), due, users.current().orElse(null));
        redirect.addFlashAttribute("flash", "followup.round.opened");
        return "redirect:/aftaler/" + agreementId + "/runder/" + round.period();
    }

    @GetMapping("/aftaler/{agreementId}/runder/{period}")
    String round(@PathVariable String agreementId, @PathVariable String period, Model model) {
        return roundPage(agreementId, period, model);
    }

    /** A refused reason (too long) shows the round page again with the message at the field and the text kept. */
    @PostMapping("/aftaler/{agreementId}/runder/{period}/tilstand")
    @PreAuthorize("@access.admin('followup.round.state.forbidden')")
    String changeState(@PathVariable String agreementId, @PathVariable String period, @RequestParam RoundState state,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model,
                       HttpServletResponse response) {
        try {
            management.changeState(agreementId, period, state, reason, users.current().orElse(null));
        } catch (FollowUpException e) {
            if (!TextLimit.STATE_REASON.field().equals(e.field())) {
                throw e;
            }
            response.setStatus(e.kind().status().value());
            model.addAttribute("reasonError", texts.text(e));
            model.addAttribute("reasonDraft", reason.substring(0, TextLimit.STATE_REASON.max()));
            return roundPage(agreementId, period, model);
        }
        redirect.addFlashAttribute("flash", "followup.round.stateChanged");
        return "redirect:/aftaler/" + agreementId + "/runder/" + period;
    }

    private String roundPage(String agreementId, String period, Model model) {
        RoundView round = editing.round(agreementId, period);
        CurrentUser user = users.current().orElse(null);
        List<GoalStatusRow> rows = new ArrayList<>(queries.table(agreementId, period));
        rows.sort(Comparator.comparing((GoalStatusRow r) -> !mine(user, r)).thenComparingInt(r -> r.goal().order()));
        model.addAttribute("agreement", agreement(agreementId));
        model.addAttribute("round", round);
        java.util.Set<Long> carried = queries.carriedOver(agreementId, period);
        model.addAttribute("cards", rows.stream()
                .map(r -> StatusCard.of(texts, r, round, user, carried.contains(r.goal().id()))).toList());
        model.addAttribute("mineCount", rows.stream().filter(r -> mine(user, r)).count());
        model.addAttribute("isAdmin", user != null && user.isAdmin());
        model.addAttribute("quality", queries.quality(agreementId, period));
        model.addAttribute("stateChanges", management.stateChanges(agreementId, period));
        model.addAttribute("reasonMax", TextLimit.STATE_REASON.max());
        return "followup/round";
    }

    @GetMapping("/aftaler/{agreementId}/runder/{period}/kvalitet")
    String quality(@PathVariable String agreementId, @PathVariable String period, Model model) {
        model.addAttribute("agreement", agreement(agreementId));
        model.addAttribute("round", editing.round(agreementId, period));
        model.addAttribute("quality", queries.quality(agreementId, period));
        return "followup/quality";
    }

    @GetMapping("/aftaler/{agreementId}/runder/{period}/aendringer")
    String changes(@PathVariable String agreementId, @PathVariable String period, Model model) {
        model.addAttribute("agreement", agreement(agreementId));
        model.addAttribute("round", editing.round(agreementId, period));
        model.addAttribute("changes", queries.changes(agreementId, period));
        return "followup/changes";
    }


    private static boolean mine(CurrentUser user, GoalStatusRow row) {
        return user != null && user.isEditor() && row.goal().owners().stream().anyMatch(user::belongsTo);
    }

    private AgreementView agreement(String agreementId) {
        return catalog.agreement(agreementId).orElseThrow(() -> FollowUpException.notFound("followup.refused.agreementNotFound"));
    }
}
