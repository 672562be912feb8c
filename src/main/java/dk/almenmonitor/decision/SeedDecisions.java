package dk.almenmonitor.decision;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.agreement.AgreementCatalog;
import dk.almenmonitor.agreement.GoalKind;
import dk.almenmonitor.agreement.GoalView;
import dk.almenmonitor.shared.DanishFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the seed agreement's decisions ({@value #FILE}) when demo data is on ({@code almen.demo.enabled}) and
 * {@code almen.seed.enabled} is not false, on {@link ApplicationReadyEvent} like the seed indicators — after the
 * follow-up module's seed loader has imported the goals. Idempotent: a decision is stored once, by its source line.
 */
@Component
@ConditionalOnBooleanProperty("almen.demo.enabled")
class SeedDecisions {

    static final String FILE = "seed/decisions.csv";
    static final String AGREEMENT_ID = "kk-bl1-2015-2018";
    /** The message key of a seed decision's reference: where in the seed text it is stated. */
    static final String REFERENCE = "decision.seed.reference";

    private static final Logger log = LoggerFactory.getLogger(SeedDecisions.class);

    record Seed(String line, GoalKind goalKind, String titleStart, LocalDate date, Forum forum, String text) {
    }

    private final Decisions decisions;
    private final AgreementCatalog catalog;
    private final MessageSource messages;
    private final boolean enabled;

    SeedDecisions(Decisions decisions, AgreementCatalog catalog, MessageSource messages,
                  @Value("${almen.seed.enabled:true}") boolean enabled) {
        this.decisions = decisions;
        this.messages = messages;
        this.catalog = catalog;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled) {
            return;
        }
        List<GoalView> goals = catalog.goals(AGREEMENT_ID);
        if (goals.isEmpty()) {
            log.warn("Seed agreement {} not found; its decisions are not loaded", AGREEMENT_ID);
            return;
        }
        int created = 0;
        for (Seed seed : read()) {
            Optional<GoalView> goal = goals.stream().filter(g -> g.kind() == seed.goalKind()
                    && normalise(g.title()).startsWith(normalise(seed.titleStart()))).findFirst();
            if (goal.isEmpty()) {
                log.warn("No {} goal starting with '{}' in {}; seed decision of line {} skipped", seed.goalKind(),
                        seed.titleStart(), AGREEMENT_ID, seed.line());
                continue;
            }
            if (decisions.recordSeed("seed:" + seed.line(), seed.date(), seed.forum(), seed.text(),
                    messages.getMessage(REFERENCE, new Object[] {seed.line()}, DanishFormat.DANISH), List.of(goal.get().id()))) {
                created++;
            }
        }
        log.info("Seed decisions: {} recorded", created);
    }

    static List<Seed> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            return parser.stream().peek(r -> {
                if (!r.isConsistent()) {
                    throw new IllegalStateException("Seed file " + FILE + ": record " + r.getRecordNumber()
                            + " has " + r.size() + " columns, not 6 (a ';' in the text?)");
                }
            }).map(r -> new Seed(r.get("line"), GoalKind.valueOf(r.get("goalKind")),
                    r.get("titleStart"), LocalDate.parse(r.get("date")), Forum.valueOf(r.get("forum")), r.get("text")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file " + FILE + " could not be read", e);
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
