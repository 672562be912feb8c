package dk.almenmonitor.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import dk.almenmonitor.imports.ImportUploadSizes;
import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything reads it: {@code almen.http.max-body-size} (1 MB) for JSON, forms and
 * everything else; for file uploads the import path's own limit (a large register extract's 512 MB on its path, else
 * 10 MB, each with 1 MB for the envelope), within the container's multipart limit. A declared {@code Content-Length} over the limit is refused
 * at once with 413; a body without one (chunked) is counted while it is read and fails with
 * {@link BodyTooLargeException}, which the error translation answers with 413 as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;
    private final ObjectProvider<ImportUploadSizes> uploads;
    private final MessageSource messages;

    RequestBodyLimitFilter(@Value("${almen.http.max-body-size:1MB}") DataSize maxBody,
                           @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxUpload,
                           ObjectProvider<ImportUploadSizes> uploads, MessageSource messages) {
        this.maxBody = maxBody.toBytes();
        this.maxUpload = maxUpload.toBytes();
        this.uploads = uploads;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isMultipart(request);
        long limit = upload ? uploadLimit(request) : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            RequestRefusal.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit));
            return;
        }
        chain.doFilter(declared < 0 && !upload ? new LimitedBodyRequest(request, limit) : request, response);
    }

    /** The import path's own limit within the container's; the container's alone where no import module runs. */
    private long uploadLimit(HttpServletRequest request) {
        ImportUploadSizes sizes = uploads.getIfAvailable();
        return sizes == null ? maxUpload : Math.min(maxUpload,
                sizes.requestLimit(request.getRequestURI().substring(request.getContextPath().length())));
    }

    private String tooLarge(long limit) {
        return messages.getMessage("web.problem.bodyTooLarge", new Object[] {sizeText(limit)},
                DanishFormat.DANISH);
    }

    /** "1 MB", "512 KB" or "300 bytes": the limit as a user reads it. */
    static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** A body read beyond the limit; an {@link IOException} so that every reader passes it on as a read failure. */
    static final class BodyTooLargeException extends IOException {
        private final long limit;

        BodyTooLargeException(long limit) {
            super("Request body exceeds " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
