package dk.almenmonitor.agreement;

import java.net.URI;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.IfMatch;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stale If-Match on a goal: 412 with what is stored now ({@code current}, its version in the ETag) and what was
 * sent ({@code yours}), so the client can merge and retry, as the status API answers. Other refusals are the shared
 * {@code RequestRefused}, answered by the web layer.
 */
@RestControllerAdvice(assignableTypes = GoalApiController.class)
class GoalProblems {

    private final MessageSource messages;

    GoalProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StaleGoalException.class)
    ResponseEntity<ProblemDetail> stale(StaleGoalException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                messages.getMessage(e.messageCode(), new Object[] {e.current().version()}, DanishFormat.DANISH));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("current", e.current());
        problem.setProperty("yours", e.yours());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(IfMatch.etag(e.current().version()))
                .body(problem);
    }
}
