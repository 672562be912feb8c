package dk.almenmonitor.publication;

import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/publication")
@Tag(name = "Publication", description = "Whether an agreement's approved follow-up is published under /offentlig")
class PublicationApiController {

    /** The body of the PUT and the answer of both calls; {@code url} is the public view's path. */
    record PublicationState(String agreementId, boolean published, String url) {
    }

    /** The PUT's body. */
    record PublicationInput(@Nullable Boolean published) {
    }

    private final Publications publications;
    private final CurrentUsers users;

    PublicationApiController(Publications publications, CurrentUsers users) {
        this.publications = publications;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Whether the agreement is published (every logged-in user)")
    @ApiResponse(responseCode = "404", description = "No such agreement")
    PublicationState get(@Parameter(description = "The agreement's id") @PathVariable String agreementId) {
        if (agreementId.length() > Publications.MAX_AGREEMENT_ID || !publications.exists(agreementId)) {
            throw RequestRefused.notFound("publication.refused.noAgreement");
        }
        return state(agreementId, publications.isPublished(agreementId));
    }

    @PutMapping
    @PreAuthorize("@access.admin('publication.refused.role')")
    @Operation(summary = "Publish or withdraw the agreement's public view (ADMIN). Body: {\"published\": true|false}; audited")
    @ApiResponse(responseCode = "400", description = "published missing")
    @ApiResponse(responseCode = "403", description = "Not ADMIN")
    @ApiResponse(responseCode = "404", description = "No such agreement")
    PublicationState put(@Parameter(description = "The agreement's id") @PathVariable String agreementId,
                         @RequestBody(required = false) @Nullable PublicationInput body) {
        if (body == null || body.published() == null) {
            throw RequestRefused.badRequest("publication.refused.published");
        }
        return state(agreementId, publications.set(agreementId, body.published(), users.current().orElse(null)));
    }

    private static PublicationState state(String agreementId, boolean published) {
        return new PublicationState(agreementId, published, PublicViewController.path(agreementId));
    }
}
