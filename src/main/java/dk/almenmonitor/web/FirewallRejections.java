package dk.almenmonitor.web;

import java.io.IOException;

import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses addresses it considers dangerous (an encoded slash {@code %2F}, a semicolon,
 * {@code ..}, a backslash …) before any security chain runs. Such a request is refused like every other at the HTTP
 * edge ({@link RequestRefusal}): 400 with a Danish detail, as problem+json for API clients and the Danish error page
 * for browsers, with the security headers. Spring Security uses the one {@link RequestRejectedHandler} bean there is.
 *
 * <p>Tomcat would refuse an encoded slash or backslash ({@code %2F}, {@code %5C}) itself, with its own page and no
 * problem document; it passes them on undecoded instead, so that the firewall refuses them here. Nothing in the
 * application accepts either.
 */
@Component
class FirewallRejections implements RequestRejectedHandler, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

    private final MessageSource messages;

    FirewallRejections(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Address refused by the firewall: {}", rejected.getMessage());
        RequestRefusal.refuse(request, response, HttpStatus.BAD_REQUEST,
                messages.getMessage("web.problem.firewall", null, "web.problem.firewall", DanishFormat.DANISH));
    }
}
