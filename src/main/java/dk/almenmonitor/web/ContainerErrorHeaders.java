package dk.almenmonitor.web;

import java.io.IOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.ResourceBundle;

import dk.almenmonitor.shared.DanishFormat;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat answers some requests itself before the application sees them (an encoded NUL or other invalid characters
 * in the path, a malformed request line, oversized headers): those answers carry the same protective headers as the
 * application's own and a plain Danish page that names neither Tomcat nor the problem's internals.
 */
@Component
class ContainerErrorHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(HeaderWritingErrorReportValve.class.getName());
            }
        });
    }

    /**
     * Tomcat's error report valve writing the security headers and a plain Danish page (texts from
     * {@code messages_da.properties}, read directly: Tomcat creates the valve by name, outside Spring).
     */
    public static class HeaderWritingErrorReportValve extends ErrorReportValve {

        private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages", DanishFormat.DANISH);

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
                return;
            }
            ErrorResponseHeaders.apply(response, ErrorResponseHeaders.BARE_CSP);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response cannot be written; there is no one left to answer.
            }
        }

        static String page(int status) {
            String title = HtmlUtils.htmlEscape(text("web.error." + status + ".title", "web.error.generic.title"), "UTF-8");
            String text = HtmlUtils.htmlEscape(text("web.error." + status + ".text", "web.error.generic.text"), "UTF-8");
            return "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p><p>"
                    + HtmlUtils.htmlEscape(MessageFormat.format(TEXTS.getString("web.error.code"), String.valueOf(status)), "UTF-8")
                    + "</p></body></html>";
        }

        private static String text(String key, String fallbackKey) {
            return TEXTS.containsKey(key) ? TEXTS.getString(key) : TEXTS.getString(fallbackKey);
        }
    }
}
