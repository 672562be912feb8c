package dk.almenmonitor.identity;

import java.util.Map;

import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import dk.almenmonitor.DatabaseUnavailable;

/** The handlers around login, logout and refused requests that write to the audit log. */
@Component
class LoginHandlers {

    static final String LOGIN_ERROR = SecurityConfiguration.LOGIN_PAGE + "?error";
    static final String LOGIN_LOCKED = SecurityConfiguration.LOGIN_PAGE + "?locked";

    private final SecurityAudit audit;

    LoginHandlers(SecurityAudit audit) {
        this.audit = audit;
    }

    /** Audits the login, then goes to the saved request or the front page (session id already changed). */
    AuthenticationSuccessHandler success(String method) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            // The absolute session lifetime counts from here (AbsoluteSessionTimeoutFilter).
            request.getSession().setAttribute(AbsoluteSessionTimeoutFilter.LOGIN_AT, System.currentTimeMillis());
            audit.loginSucceeded(authentication, request, method);
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** {@code /login?locked} while throttled, else {@code /login?error}; the failure itself is audited by event. */
    AuthenticationFailureHandler failure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(LOGIN_ERROR);
        handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), LOGIN_LOCKED));
        return (request, response, exception) -> {
            if (DatabaseUnavailable.is(exception)) {
                throw exception; // an outage, not a wrong password: answered 503 (web)
            }
            handler.onAuthenticationFailure(request, response, exception);
        };
    }

    LogoutHandler logout() {
        return (request, response, authentication) -> audit.logout(authentication, request);
    }

    AccessDeniedHandler audited(AccessDeniedHandler delegate) {
        return (request, response, denied) -> {
            audit.accessDenied(org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication(), request, denied);
            delegate.handle(request, response, denied);
        };
    }
}
