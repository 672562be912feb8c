package dk.almenmonitor.followup;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dk.almenmonitor.followup.StatusEditing.SavedStatus;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import dk.almenmonitor.agreement.AgreementCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements/{agreementId}/rounds")
@Tag(name = "Opfølgning", description = "Quarterly rounds, statuses, summary and quality check")
class FollowUpApiController {

    private final AgreementCatalog catalog;
    private final FollowUpQueries queries;
    private final RoundManagement management;
    private final StatusEditing editing;
    private final CurrentUsers users;

    FollowUpApiController(AgreementCatalog catalog, FollowUpQueries queries, RoundManagement management,
                          StatusEditing editing, CurrentUsers users) {
        this.catalog = catalog;
        this.queries = queries;
        this.management = management;
        this.editing = editing;
        this.users = users;
    }

    record NewRound(String period, LocalDate dueDate) {
    }

    record StateRequest(RoundState state, String reason) {
    }

    @PostMapping
    @PreAuthorize("@access.admin()")
    @Operation(summary = "Open a round (ADMIN); statuses are carried over from the previous round")
    ResponseEntity<RoundView> open(@PathVariable String agreementId, @RequestBody NewRound request) {
        if (request == null || request.period() == null) {
            throw FollowUpException.invalid("followup.refused.api.period");
        }
        RoundView round = management.open(agreementId, request.period(), request.dueDate(), users.current().orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreementId + "/rounds/" + round.period()))
                .body(round);
    }

    @PostMapping("/{period}/state")
    @PreAuthorize("@access.admin()")
    @Operation(summary = "Move a round OPEN → IN_REVIEW → APPROVED, or reopen with a reason (ADMIN)")
    RoundView changeState(@PathVariable String agreementId, @PathVariable String period,
                          @RequestBody StateRequest request) {
        if (request == null || request.state() == null) {
            throw FollowUpException.invalid("followup.refused.api.state");
        }
        return management.changeState(agreementId, period, request.state(), request.reason(),
                users.current().orElse(null));
    }

    @GetMapping("/{period}/statuses/{goalId}")
    @Operation(summary = "One status; its ETag is the version to send back in If-Match")
    ResponseEntity<StatusView> status(@PathVariable String agreementId, @PathVariable String period,
                                      @PathVariable long goalId) {
        requireRound(agreementId, period);
        editing.goal(agreementId, goalId);
        StatusView status = editing.current(agreementId, period, goalId);
        return ResponseEntity.ok().eTag(etag(status.version())).body(status);
    }

    @PutMapping("/{period}/statuses/{goalId}")
    @Operation(summary = "Save a status; If-Match must carry the version read; stale → 412, missing → 428")
    ResponseEntity<SavedStatus> save(@PathVariable String agreementId, @PathVariable String period,
                                     @PathVariable long goalId, @RequestBody StatusInput input,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        SavedStatus saved = editing.save(agreementId, period, goalId, version(ifMatch), input,
                users.current().orElse(null));
        return ResponseEntity.ok().eTag(etag(saved.status().version())).body(saved);
    }

    @GetMapping("/{period}/changes")
    @Operation(summary = "What changed since the previous round: achievements, new delays, edited vs unchanged")
    RoundChanges changes(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.changes(agreementId, period);
    }

    static String etag(int version) {
        return IfMatch.etag(version);
    }

    /** Reads {@code "3"}, {@code W/"3"} or {@code 3}; no header is no version (428), anything else is a 400. */
    static Integer version(String ifMatch) {
        return IfMatch.version(ifMatch, () -> FollowUpException.invalid("followup.refused.api.ifMatch"));
    }

    @GetMapping
    @Operation(summary = "The agreement's rounds, oldest first")
    List<RoundView> rounds(@PathVariable String agreementId) {
        requireAgreement(agreementId);
        return queries.rounds(agreementId);
    }

    @GetMapping("/{period}/statuses")
    @Operation(summary = "Every status of a round (period like 2017-Q1)")
    List<StatusView> statuses(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.statuses(agreementId, period);
    }

    @GetMapping("/{period}/summary")
    @Operation(summary = "Counts: concrete goals, fulfilled, intents, kind × achievement, overdue, unchanged")
    RoundSummary summary(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.summary(agreementId, period);
    }

    @GetMapping("/{period}/quality")
    @Operation(summary = "The quality check: missing statuses, overdue without delay reason, unchanged")
    QualityReport quality(@PathVariable String agreementId, @PathVariable String period) {
        requireRound(agreementId, period);
        return queries.quality(agreementId, period);
    }

    private void requireAgreement(String agreementId) {
        if (!catalog.exists(agreementId)) {
            throw FollowUpException.notFound("followup.refused.unknownAgreement", agreementId);
        }
    }

    /** A period that is not a quarter is a 400 (problem+json), an unknown round a 404. */
    private void requireRound(String agreementId, String period) {
        requireAgreement(agreementId);
        RoundBounds.quarter(period);
        if (queries.round(agreementId, period).isEmpty()) {
            throw FollowUpException.notFound("followup.refused.api.noRound", agreementId, period);
        }
    }
}
