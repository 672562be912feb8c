package dk.almenmonitor.apitoken;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.identity.Role;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import dk.almenmonitor.shared.DanishFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.jspecify.annotations.Nullable;

/**
 * {@code /api-noegler}: the secretariat creates and revokes API tokens. A new token is shown on the answer to the POST
 * itself (no redirect, {@code no-store}), so it never sits in a session, a flash attribute or a browser cache.
 */
@Controller
class ApiTokenPageController {

    private final ApiTokens tokens;
    private final CurrentUsers users;
    private final MessageSource messages;

    ApiTokenPageController(ApiTokens tokens, CurrentUsers users, MessageSource messages) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
    }

    @PreAuthorize("@access.adminInPerson()")
    @GetMapping("/api-noegler")
    String list(Model model) {
        return page(model);
    }

    @PreAuthorize("@access.adminInPerson()")
    @PostMapping("/api-noegler")
    String create(@RequestParam String name, @RequestParam Role role,
                  @RequestParam(defaultValue = "") String organisations,
                  @RequestParam(defaultValue = "") String expiresOn, Model model, HttpServletResponse response) {
        CurrentUser admin = users.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
        Set<String> codes = Arrays.stream(organisations.split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        try {
            model.addAttribute("created", tokens.create(name, role, codes, date(expiresOn), admin.username()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        } catch (TokenRequestRefused e) {
            model.addAttribute("invalid", true);
            model.addAttribute("invalidReason", messages.getMessage(e.messageCode(), e.arguments(), DanishFormat.DANISH));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(model);
    }

    @PreAuthorize("@access.adminInPerson()")
    @PostMapping("/api-noegler/{id}/tilbagekald")
    String revoke(@PathVariable long id) {
        CurrentUser admin = users.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (tokens.byId(id).isEmpty()) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
        tokens.revoke(id, admin.username());
        return "redirect:/api-noegler?tilbagekaldt";
    }

    /** A token row with its times in Danish time, as the page shows them. */
    record TokenView(ApiTokenRepository.TokenRow row, String created, @Nullable String lastUsed, @Nullable String expires) {
    }

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", DanishFormat.DANISH);

    private static @Nullable LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TokenRequestRefused("identity.tokens.refused.expiryFormat");
        }
    }

    private static final DateTimeFormatter DANISH = DateTimeFormatter
            .ofPattern("d. MMM yyyy 'kl.' HH:mm", DanishFormat.DANISH)
            .withZone(DanishFormat.DANISH_TIME);

    private String page(Model model) {
        model.addAttribute("tokens", tokens.all().stream().map(row -> new TokenView(row, DANISH.format(row.createdAt()),
                row.lastUsedAt() == null ? null : DANISH.format(row.lastUsedAt()),
                row.expiresAt() == null ? null : DANISH_DATE.format(ApiTokens.lastDay(row.expiresAt())))).toList());
        model.addAttribute("roles", Role.values());
        return "apitoken/api-tokens";
    }
}
