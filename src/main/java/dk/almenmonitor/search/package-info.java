/**
 * Search (issue 13 item 5, docs/domain.md §20): one Danish full-text search over the goals (title and content), the status
 * texts and delay reasons of every round, and the decisions, across agreements. The texts are read through the owning
 * modules' facades ({@code AgreementCatalog}, {@code FollowUpQueries}, {@code Decisions}) into an index of this module's
 * own (schema {@code search}, a tsvector in Danish with a GIN index) that is rebuilt when its sources change (docs/adr/0017).
 * Public face: {@link dk.almenmonitor.search.Search} and its records; {@code GET /api/v1/search?q=…} and the page
 * {@code /soeg?q=…}. The rules (what is found, for whom, how it is ranked and bounded) are in docs/domain.md ("Search").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"agreement", "followup", "decision", "shared"})
package dk.almenmonitor.search;
