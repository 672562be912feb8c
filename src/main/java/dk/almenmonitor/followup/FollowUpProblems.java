package dk.almenmonitor.followup;

import java.net.URI;
import java.util.Map;

import dk.almenmonitor.shared.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused follow-up actions in the API as RFC 9457 problems; refusals of writes are audited (outside the rolled-back transaction). */
@RestControllerAdvice(assignableTypes = FollowUpApiController.class)
class FollowUpProblems {

    private final ApplicationEventPublisher events;
    private final FollowUpTexts texts;

    /** Takes the message source itself: advice is part of every web slice, which holds no follow-up components. */
    FollowUpProblems(ApplicationEventPublisher events, MessageSource messages) {
        this.events = events;
        this.texts = new FollowUpTexts(messages);
    }

    @ExceptionHandler(FollowUpException.class)
    ProblemDetail refused(FollowUpException e, HttpServletRequest request) {
        String reason = texts.text(e);
        if (e.kind() == FollowUpException.Kind.FORBIDDEN || e.kind() == FollowUpException.Kind.CONFLICT) {
            events.publishEvent(AuditEvent.of(request.getUserPrincipal() == null ? "anonymous"
                            : request.getUserPrincipal().getName(),
                    "FOLLOWUP_REFUSED", request.getMethod() + " " + request.getRequestURI(),
                    Map.of("status", String.valueOf(e.kind().status().value()), "reason", reason)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.kind().status(), reason);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
            problem.setProperty("maxLength", e.maxLength());
        }
        return problem;
    }

    /** A stale If-Match: 412 with what is stored now, so the client can merge and retry with the new version. */
    @ExceptionHandler(StaleStatusException.class)
    ResponseEntity<ProblemDetail> stale(StaleStatusException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                texts.text(e.messageCode(), e.current().updatedBy()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("current", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(FollowUpApiController.etag(e.current().version())).body(problem);
    }
}
