package dk.almenmonitor.publication;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import dk.almenmonitor.report.Bilag1;
import dk.almenmonitor.report.PublishedDocuments;
import dk.almenmonitor.shared.DanishFormat;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The anonymous, read-only public view of a published agreement (the security configuration lets anyone GET
 * {@code /offentlig/**}). Every answer first checks that the agreement is published; an unpublished or unknown
 * agreement, and a round that is not approved, are the same 404.
 *
 * <p>Bilag 1 (the page and the PDF) of an approved round is rendered once per version and kept in the report module's
 * document cache (docs/adr/0020); the ETag is that version, so {@code If-None-Match} gets a 304. The pages show nothing
 * of the reader (publication/layout.html: no user, no navigation, no form, no CSRF token), so the whole page is kept
 * and the answer is {@code public, no-cache}: any cache may keep it, but must ask again every time, and the question
 * reaches this controller, which checks publication first: a withdrawn agreement is a 404 at once, 304 or not.
 */
@Controller
class PublicViewController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    static final String CACHE_PUBLISHED = "public, no-cache";

    private final Publications publications;
    private final PublicOverview overview;
    private final PublishedDocuments documents;
    private final ITemplateEngine templates;
    private volatile JakartaServletWebApplication application;

    PublicViewController(Publications publications, PublicOverview overview, PublishedDocuments documents,
                         ITemplateEngine templates) {
        this.publications = publications;
        this.overview = overview;
        this.documents = documents;
        this.templates = templates;
    }

    /** The public view's path, {@code /offentlig/{agreementId}}. */
    static String path(String agreementId) {
        return "/offentlig/" + agreementId;
    }

    @GetMapping("/offentlig/{agreementId}")
    String overview(@PathVariable String agreementId, Model model) {
        PublicOverview.Overview view = published(agreementId).flatMap(overview::of).orElseThrow(PublicViewController::notFound);
        model.addAttribute("overview", view);
        model.addAttribute("agreementId", view.agreement().id());
        return "publication/overview";
    }

    @GetMapping("/offentlig/{agreementId}/{period}/bilag1.html")
    ResponseEntity<byte[]> bilag1(@PathVariable String agreementId, @PathVariable String period, WebRequest webRequest,
                                  HttpServletRequest request, HttpServletResponse response) {
        ApprovedRound round = approvedRound(agreementId, period);
        String etag = "pb1h-" + round.version();
        if (webRequest.checkNotModified(etag)) {
            return notModified(etag);
        }
        byte[] page = documents.approvedBilag1Page(round.agreementId(), round.period(), round.version(),
                b -> render(b, request, response)).orElseThrow(PublicViewController::notFound);
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CACHE_CONTROL, CACHE_PUBLISHED).eTag(etag)
                .body(page);
    }

    @GetMapping("/offentlig/{agreementId}/{period}/bilag1.pdf")
    ResponseEntity<byte[]> bilag1Pdf(@PathVariable String agreementId, @PathVariable String period, WebRequest webRequest) {
        ApprovedRound round = approvedRound(agreementId, period);
        String etag = "pb1pdf-" + round.version();
        if (webRequest.checkNotModified(etag)) {
            return notModified(etag);
        }
        byte[] pdf = documents.approvedBilag1Pdf(round.agreementId(), round.period(), round.version())
                .orElseThrow(PublicViewController::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PublishedDocuments.bilag1PdfName(round.agreementId(), round.period())).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_PUBLISHED)
                .eTag(etag)
                .body(pdf);
    }

    @GetMapping(value = "/offentlig/{agreementId}/aabne-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Object> openDataJson(@PathVariable String agreementId) {
        Object data = published(agreementId).flatMap(documents::approvedOpenDataJson).orElseThrow(PublicViewController::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(data);
    }

    @GetMapping("/offentlig/{agreementId}/aabne-data.csv")
    ResponseEntity<byte[]> openDataCsv(@PathVariable String agreementId) {
        String id = published(agreementId).orElseThrow(PublicViewController::notFound);
        byte[] csv = documents.approvedOpenDataCsv(id).orElseThrow(PublicViewController::notFound);
        return attachment(csv, CSV, PublishedDocuments.openDataCsvName(id));
    }

    /** A published agreement's approved round with its documents' version; checked on every request, else 404. */
    private record ApprovedRound(String agreementId, String period, String version) {
    }

    private ApprovedRound approvedRound(String agreementId, String period) {
        String id = published(agreementId).orElseThrow(PublicViewController::notFound);
        String quarter = Quarter.parse(period).map(Quarter::toString).orElseThrow(PublicViewController::notFound);
        String version = documents.approvedVersion(id, quarter).orElseThrow(PublicViewController::notFound);
        return new ApprovedRound(id, quarter, version);
    }

    /** The whole public page (layout included: it shows nothing of the reader), as the view would write it. */
    private byte[] render(Bilag1 bilag1, HttpServletRequest request, HttpServletResponse response) {
        JakartaServletWebApplication app = application;
        if (app == null) {
            app = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = app;
        }
        WebContext context = new WebContext(app.buildExchange(request, response), DanishFormat.DANISH,
                Map.of("bilag1", bilag1, "agreementId", bilag1.agreementId()));
        return templates.process("publication/bilag1", context).getBytes(StandardCharsets.UTF_8);
    }

    private static ResponseEntity<byte[]> notModified(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).header(HttpHeaders.CACHE_CONTROL, CACHE_PUBLISHED)
                .build();
    }

    private Optional<String> published(String agreementId) {
        return publications.isPublished(agreementId) ? Optional.of(agreementId) : Optional.empty();
    }

    /** One answer for unpublished, unknown and not approved: nothing tells an outsider which it is. */
    private static RequestRefused notFound() {
        return RequestRefused.notFound("publication.refused.notPublished");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noCache())
                .body(body);
    }
}
