package dk.almenmonitor.web;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document the application answers gets a Danish title: where a handler set none, Spring would send
 * the English reason phrase ("Bad Request"); this puts the error page's Danish title for the status there instead.
 */
@ControllerAdvice
class DanishProblemTitles implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    DanishProblemTitles(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            if (status != null && status.getReasonPhrase().equals(problem.getTitle())) {
                String title = messages.getMessage("web.error." + status.value() + ".title", null, null,
                        DanishFormat.DANISH);
                if (title != null) {
                    problem.setTitle(title);
                }
            }
        }
        return body;
    }
}
