package dk.almenmonitor.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The Bilag 1 page of an approved round, assembled from parts (docs/adr/0020): the page's layout as the reader sees it
 * (name, role-dependent navigation, logout form), rendered once per reader through the page's own view with two
 * placeholders, and the document part ({@link DocumentCache}), which is the same for every reader. Each request gets
 * a fresh CSRF token (the masked value Spring Security hands out for this request) in the logout form, exactly where
 * the view would have written it; nothing else of the page depends on the request.
 *
 * <p>A reader's layout is kept for at most {@link #MAX_SHELLS} readers (least recently used first; about 5 KB each);
 * its key is everything it shows of the reader, so a changed role or name is a new layout.
 */
@Component
class Bilag1PageShells {

    static final int MAX_SHELLS = 500;
    private static final String DOCUMENT = "@@almen-bilag1-document@@";
    private static final String TOKEN = "almen-csrf-token-placeholder";

    /** The page is {@code head + token + middle + document + tail}. */
    record Shell(byte[] head, byte[] middle, byte[] tail) {
    }

    private final ThymeleafViewResolver views;
    private final Map<String, Shell> shells = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shell> eldest) {
            return size() > MAX_SHELLS;
        }
    };

    Bilag1PageShells(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The page for this request: the reader's layout around the document. */
    byte[] page(String readerKey, Map<String, Object> model, byte[] document, HttpServletRequest request,
                HttpServletResponse response) {
        Shell shell;
        synchronized (shells) {
            shell = shells.get(readerKey);
        }
        if (shell == null) {
            shell = render(model, request, response);
            synchronized (shells) {
                shells.put(readerKey, shell);
            }
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        byte[] token = csrf == null ? new byte[0] : HtmlUtils.htmlEscape(csrf.getToken()).getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[shell.head().length + token.length + shell.middle().length + document.length
                + shell.tail().length];
        int at = 0;
        for (byte[] part : new byte[][] {shell.head(), token, shell.middle(), document, shell.tail()}) {
            System.arraycopy(part, 0, page, at, part.length);
            at += part.length;
        }
        return page;
    }

    private Shell render(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("bilag1Document", DOCUMENT);
        CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, Object> attributes = new HashMap<>();
        if (real != null) {
            CsrfToken placeholder = new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), TOKEN);
            attributes.put(CsrfToken.class.getName(), placeholder);
            attributes.put(real.getParameterName(), placeholder);
            attributes.put("_csrf", placeholder);
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            View view = views.resolveViewName("report/bilag1", dk.almenmonitor.shared.DanishFormat.DANISH);
            view.render(variables, new IsolatedRequest(request, attributes), new CapturingResponse(response, out));
        } catch (Exception e) {
            throw new IllegalStateException("Bilag 1 page layout could not be rendered", e);
        }
        String html = out.toString();
        int document = html.indexOf(DOCUMENT);
        int token = html.indexOf(TOKEN);
        if (document < 0 || html.indexOf(DOCUMENT, document + 1) >= 0 || html.indexOf(TOKEN, token + 1) >= 0
                || token > document) {
            throw new IllegalStateException("Bilag 1 page layout: placeholders not found once, in order");
        }
        if (token < 0) {
            return new Shell(new byte[0], bytes(html.substring(0, document)), bytes(html.substring(document + DOCUMENT.length())));
        }
        return new Shell(bytes(html.substring(0, token)), bytes(html.substring(token + TOKEN.length(), document)),
                bytes(html.substring(document + DOCUMENT.length())));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The request with attributes of its own on top: rendering the layout leaves the real request untouched. */
    private static final class IsolatedRequest extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes;
        private final Set<String> removed = new HashSet<>();

        IsolatedRequest(HttpServletRequest request, Map<String, Object> attributes) {
            super(request);
            this.attributes = attributes;
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }

    /** Takes what the view writes; headers and status stay those of the real response. */
    private static final class CapturingResponse extends HttpServletResponseWrapper {

        private final PrintWriter writer;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        CapturingResponse(HttpServletResponse response, StringWriter out) {
            super(response);
            this.writer = new PrintWriter(out);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }
            };
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void setHeader(String name, String value) {
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void setStatus(int sc) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
