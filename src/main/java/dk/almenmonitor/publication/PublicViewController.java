package dk.almenmonitor.publication;

import java.util.Optional;

import dk.almenmonitor.report.Bilag1;
import dk.almenmonitor.report.PublishedDocuments;
import dk.almenmonitor.shared.Quarter;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The anonymous, read-only public view of a published agreement (the security configuration lets anyone GET
 * {@code /offentlig/**}). Every answer first checks that the agreement is published; an unpublished or unknown
 * agreement, and a round that is not approved, are the same 404.
 */
@Controller
class PublicViewController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Publications publications;
    private final PublicOverview overview;
    private final PublishedDocuments documents;

    PublicViewController(Publications publications, PublicOverview overview, PublishedDocuments documents) {
        this.publications = publications;
        this.overview = overview;
        this.documents = documents;
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
    String bilag1(@PathVariable String agreementId, @PathVariable String period, Model model) {
        Bilag1 bilag1 = bilag1(agreementId, period);
        model.addAttribute("bilag1", bilag1);
        model.addAttribute("agreementId", bilag1.agreementId());
        return "publication/bilag1";
    }

    @GetMapping("/offentlig/{agreementId}/{period}/bilag1.pdf")
    ResponseEntity<byte[]> bilag1Pdf(@PathVariable String agreementId, @PathVariable String period) {
        Bilag1 bilag1 = bilag1(agreementId, period);
        return attachment(documents.bilag1Pdf(bilag1), MediaType.APPLICATION_PDF, documents.bilag1PdfName(bilag1));
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

    private Bilag1 bilag1(String agreementId, String period) {
        String id = published(agreementId).orElseThrow(PublicViewController::notFound);
        return Quarter.parse(period).flatMap(q -> documents.approvedBilag1(id, q.toString()))
                .orElseThrow(PublicViewController::notFound);
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
