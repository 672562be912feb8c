/**
 * Publication (issue 13 item 6, docs/domain.md §21): the secretariat (ADMIN) publishes an agreement, opt-in and audited
 * ({@code PUT /api/v1/agreements/{agreementId}/publication}, the page {@code /aftaler/{agreementId}/offentliggoerelse});
 * a published agreement gets an anonymous, read-only view under {@code /offentlig/{agreementId}}: the summary of its
 * approved rounds, Bilag 1 of an approved round (HTML and PDF), the goals with their latest approved status and the
 * indicator evaluations, and the open data (CSV, JSON) of approved rounds. Never: open or in-review rounds, the audit
 * log, department-level data, accounts or names of users. Unpublished and unknown agreements are the same 404.
 * Schema {@code publication}. The rules are in docs/domain.md ("Publication").
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "followup", "identity", "indicator",
        "organisation", "report", "shared"})
package dk.almenmonitor.publication;

import org.jspecify.annotations.NullMarked;
