package dk.almenmonitor.followup;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused follow-up action on a page: the Danish reason on a page of its own, with the matching HTTP status. */
@ControllerAdvice(assignableTypes = {RoundPageController.class, StatusFormController.class})
class FollowUpPageProblems {

    private final FollowUpTexts texts;

    /** Takes the message source itself: advice is part of every web slice, which holds no follow-up components. */
    FollowUpPageProblems(MessageSource messages) {
        this.texts = new FollowUpTexts(messages);
    }

    @ExceptionHandler(FollowUpException.class)
    String refused(FollowUpException e, Model model, HttpServletResponse response) {
        response.setStatus(e.kind().status().value());
        model.addAttribute("message", texts.text(e));
        model.addAttribute("status", e.kind().status().value());
        return "followup/refused";
    }
}
