package dk.almenmonitor.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.almenmonitor.indicator.LatestRoundEnd;
import dk.almenmonitor.shared.Quarter;
import org.springframework.stereotype.Component;

/** Tells indicator the end of the quarter of an agreement's latest round: the default evaluation date. */
@Component
class LatestRoundEndOfRounds implements LatestRoundEnd {

    private final RoundRepository rounds;

    LatestRoundEndOfRounds(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public Optional<LocalDate> of(String agreementId) {
        List<RoundView> all = rounds.findByAgreement(agreementId);
        return all.isEmpty() ? Optional.empty()
                : Quarter.parse(all.get(all.size() - 1).period()).map(Quarter::lastDay);
    }
}
