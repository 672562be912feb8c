package dk.almenmonitor.web;

import java.io.IOException;
import java.util.EnumSet;

import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.StaticFiles;
import dk.almenmonitor.DatabaseUnavailable;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;

/**
 * A request that fails because the database cannot be reached ({@link DatabaseUnavailable}) is answered 503 with
 * {@code Retry-After} and the Danish "try again shortly" (web.problem.databaseUnavailable) through the container's
 * error page ({@link ErrorPageController}:
 * the error page for a browser, problem+json for everyone else), wherever it failed: in a controller, in the session
 * lookup of Spring Session JDBC, or in the security filters (a login's account lookup). The first filter of all, so it
 * sees every such failure, before the session filter and the security filter chain.
 *
 * <p>The error page's own dispatch must not wait for the database a second time: it runs without cookies,
 * so the session filter looks nothing up and the page is rendered as for an anonymous visitor. Static files always
 * run without cookies, so the page's style sheets and scripts load during an outage too. Waiting is bounded by
 * the pool's connection timeout ({@code spring.datasource.hikari.connection-timeout}, 5 s).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String UNAVAILABLE = DatabaseOutageFilter.class.getName() + ".unavailable";

    private final MessageSource messages;
    private final long retryAfterSeconds;

    DatabaseOutageFilter(MessageSource messages,
                         @Value("${almen.db.outage-retry-after-seconds:10}") long retryAfterSeconds) {
        this.messages = messages;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Bean
    static FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilterRegistration(DatabaseOutageFilter filter) {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        return registration;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(request.getAttribute(UNAVAILABLE) != null ? new WithoutSessionCookie(request) : request,
                    response);
            return;
        }
        if (StaticFiles.isStatic(request.getServletPath())) { // the servlet path is decoded and normalised
            // A style sheet or script must not wait for a session lookup: during an outage the error page keeps its
            // look, and otherwise no static file reads or touches the session in the database.
            chain.doFilter(new WithoutSessionCookie(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!unavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootCause(failure));
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
            RequestRefusal.refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    messages.getMessage("web.problem.databaseUnavailable", null, DanishFormat.DANISH));
        }
    }

    /**
     * {@link DatabaseUnavailable}, also when the failure reached us as a failed rollback: a transaction whose connection
     * broke cannot be rolled back either, and Spring reports the rollback, keeping the broken statement aside.
     */
    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DatabaseUnavailable.is(t)) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && DatabaseUnavailable.is(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    /** The request as the error page sees it: no cookies, so no session is looked up in the database. */
    private final class WithoutSessionCookie extends HttpServletRequestWrapper {

        WithoutSessionCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? java.util.Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }
    }
}
