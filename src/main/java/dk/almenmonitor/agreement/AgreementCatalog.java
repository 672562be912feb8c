package dk.almenmonitor.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads agreements and goals for other modules and the API. */
@Service
@Transactional(readOnly = true)
public class AgreementCatalog {

    private final AgreementRepository agreements;
    private final GoalRepository goals;

    private final GoalChangeRepository changes;

    AgreementCatalog(AgreementRepository agreements, GoalRepository goals, GoalChangeRepository changes) {
        this.agreements = agreements;
        this.goals = goals;
        this.changes = changes;
    }

    public List<AgreementView> agreements() {
        return agreements.findAll();
    }

    public Optional<AgreementView> agreement(String id) {
        return agreements.findById(id);
    }

    public boolean exists(String id) {
        return agreements.exists(id);
    }

    /**
     * A version of the agreement's content (its name, themes, goals and owners, whole rows) that changes with every
     * change to them; every instance derives the same value from the database. Empty for an unknown agreement. One
     * statement: outside a transaction it runs without one.
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<String> contentVersion(String agreementId) {
        return agreements.contentDigest(agreementId);
    }

    /** The agreement's goals in display order (the order of the municipality's sheet). */
    public List<GoalView> goals(String agreementId) {
        return goals.findByAgreement(agreementId);
    }

    public Optional<GoalView> goal(long goalId) {
        return goals.findById(goalId);
    }

    /** The goal's edit history, newest first (docs/domain.md "Goal maintenance"). */
    public List<GoalChangeView> history(long goalId) {
        return changes.findByGoal(goalId);
    }

    /** The goals of later agreements that continue this one (taken over from it). */
    public List<GoalView> takenOverInto(long goalId) {
        return goals.findTakenOverFrom(goalId);
    }
}
