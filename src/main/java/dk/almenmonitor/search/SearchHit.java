package dk.almenmonitor.search;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One hit; the field names are part of the API contract.
 *
 * @param kindName   the kind's Danish name ("Status", "Grund til forsinkelse" …)
 * @param title      the goal's title (shortened to at most {@link Search#TITLE_LENGTH} characters)
 * @param snippet    HTML: the matching passage with every character escaped and the hit marked by {@code <mark>}
 * @param link       the goal's page (a decision: its timeline)
 * @param roundLink  the round's page, for a status or a delay reason; else null
 * @param period     the round ({@code 2017-Q1}) of a status or a delay reason; else null
 * @param roundLabel "1. kvartal 2017"; else null
 * @param decidedOn  a decision's date; else null
 */
public record SearchHit(HitKind kind, String kindName, String title, String snippet, String link,
                        @Nullable String roundLink, String agreementId, String agreementName, long goalId,
                        @Nullable String period, @Nullable String roundLabel, @Nullable Long decisionId,
                        @Nullable LocalDate decidedOn, double rank) {
}
