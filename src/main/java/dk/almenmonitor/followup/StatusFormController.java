package dk.almenmonitor.followup;

import java.util.Map;

import dk.almenmonitor.followup.StatusEditing.SavedStatus;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.DanishPeriodParser;
import dk.almenmonitor.shared.ParsedPeriod;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The status form of one goal in a round. With htmx the card, form and conflict view are swapped in place; without
 * JavaScript the same URLs render whole pages, so the form works either way.
 */
@Controller
class StatusFormController {

    private static final String BASE = "/aftaler/{agreementId}/runder/{period}/status/{goalId}";

    private final StatusEditing editing;
    private final FollowUpQueries queries;
    private final CurrentUsers users;
    private final FollowUpTexts texts;

    StatusFormController(StatusEditing editing, FollowUpQueries queries, CurrentUsers users, FollowUpTexts texts) {
        this.texts = texts;
        this.editing = editing;
        this.queries = queries;
        this.users = users;
    }

    @GetMapping(BASE)
    String form(@PathVariable String agreementId, @PathVariable String period, @PathVariable long goalId,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = users.current().orElse(null);
        RoundView round = editing.round(agreementId, period);
        GoalView goal = editing.goal(agreementId, goalId);
        StatusEditPolicy.refusal(user, goal, round.state()).ifPresent(r -> {
            throw r;
        });
        StatusView status = editing.current(agreementId, period, goalId);
        model.addAttribute("card", card(agreementId, period, goalId, user));
        StatusForm form = StatusForm.of(status);
        ParsedPeriod expected = DanishPeriodParser.parse(form.expectedFulfilment());
        model.addAttribute("form", form);
        model.addAttribute("formInterval", expected.hasInterval() ? DanishFormat.period(expected) : null);
        return view(htmx, "followup/status :: statusForm", model, agreementId, round);
    }

    @GetMapping(BASE + "/kort")
    String card(@PathVariable String agreementId, @PathVariable String period, @PathVariable long goalId, Model model) {
        model.addAttribute("card", card(agreementId, period, goalId, users.current().orElse(null)));
        model.addAttribute("round", editing.round(agreementId, period));
        model.addAttribute("agreementId", agreementId);
        return "followup/status :: statusCard";
    }

    @PostMapping(BASE)
    String save(@PathVariable String agreementId, @PathVariable String period, @PathVariable long goalId,
                StatusForm form, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                HttpServletResponse response) {
        CurrentUser user = users.current().orElse(null);
        RoundView round = editing.round(agreementId, period);
        try {
            SavedStatus saved = editing.save(agreementId, period, goalId, form.version(), form.toInput(), user);
            model.addAttribute("card", card(agreementId, period, goalId, user));
            model.addAttribute("saved", saved);
            if (htmx == null) {
                return "redirect:/aftaler/" + agreementId + "/runder/" + period + "#goal-" + goalId;
            }
            return view(htmx, "followup/status :: statusCard", model, agreementId, round);
        } catch (FollowUpException refused) {
            if (refused.field() == null) {
                throw refused;
            }
            // A text that is too long: the form again, with the message at the field and what was typed kept.
            response.setStatus(htmx == null ? HttpStatus.BAD_REQUEST.value() : HttpStatus.OK.value());
            model.addAttribute("card", card(agreementId, period, goalId, user));
            model.addAttribute("form", form.truncated());
            model.addAttribute("fieldError", refused.field());
            model.addAttribute("fieldErrorMessage", texts.text(refused));
            model.addAttribute("formInterval", null);
            return view(htmx, "followup/status :: statusForm", model, agreementId, round);
        } catch (StaleStatusException stale) {
            // htmx swaps only 2xx answers by default; a page without htmx gets the honest 409.
            response.setStatus(htmx == null ? HttpStatus.CONFLICT.value() : HttpStatus.OK.value());
            model.addAttribute("card", card(agreementId, period, goalId, user));
            model.addAttribute("mine", form);
            model.addAttribute("theirs", stale.current());
            return view(htmx, "followup/status :: statusConflict", model, agreementId, round);
        }
    }

    /** Live preview of how the expected fulfilment text is read ("1. juli 2017 – 31. december 2017"). */
    @GetMapping("/perioder/fortolk")
    String preview(@RequestParam(name = "expectedFulfilment", required = false) String text, Model model) {
        ParsedPeriod parsed = DanishPeriodParser.parse(text);
        model.addAttribute("parsed", parsed);
        model.addAttribute("interval", parsed.hasInterval() ? DanishFormat.period(parsed) : null);
        return "followup/status :: periodPreview";
    }


    private StatusCard card(String agreementId, String period, long goalId, CurrentUser user) {
        RoundView round = editing.round(agreementId, period);
        GoalStatusRow row = queries.row(agreementId, period, goalId).orElseThrow(() -> FollowUpException.notFound("followup.refused.goalNotInAgreement"));
        return StatusCard.of(texts, row, round, user, queries.carriedOver(agreementId, period).contains(goalId));
    }

    private static String view(String htmx, String fragment, Model model, String agreementId, RoundView round) {
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("round", round);
        model.addAttribute("achievements", Achievement.values());
        model.addAttribute("limits", Map.of(TextLimit.STATUS_TEXT.field(), TextLimit.STATUS_TEXT.max(),
                TextLimit.DELAY_REASON.field(), TextLimit.DELAY_REASON.max(),
                TextLimit.EXPECTED_FULFILMENT.field(), TextLimit.EXPECTED_FULFILMENT.max()));
        if (htmx != null) {
            return fragment;
        }
        model.addAttribute("fragment", fragment.substring(fragment.indexOf("::") + 2).trim());
        return "followup/status-page";
    }
}
